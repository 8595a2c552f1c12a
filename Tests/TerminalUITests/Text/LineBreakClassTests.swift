import Testing

@testable import TerminalUI

/// `LineBreakClass`: the small UAX #14 table and the pairs it lets part.
struct LineBreakClassTests {
    @Test func theTableIsSortedAndDisjoint() {
        let table = LineBreakClass.table
        for (entry, next) in zip(table, table.dropFirst()) {
            #expect(entry.lower <= entry.upper)
            #expect(entry.upper < next.lower, "\(entry) overlaps or precedes \(next)")
        }
    }

    @Test func classesOfSampleCharacters() {
        for c: Character in ["日", "本", "の", "テ", "한", "가", "ｱ", "Ａ", "𠀋", "ー", "ぁ"] {
            #expect(LineBreakClass.of(c) == .ideographic, "\(c)")
        }
        for c: Character in ["。", "、", "，", "．", "）", "」", "』", "】", "〕", "！", "？", "：", "；", "々", "・", "〜"] {
            #expect(LineBreakClass.of(c) == .eastAsianClosing, "\(c)")
        }
        for c: Character in ["（", "「", "『", "【", "〔", "《"] {
            #expect(LineBreakClass.of(c) == .eastAsianOpening, "\(c)")
        }
        for c: Character in [")", "]", "}", "!", "?", ",", ".", ":", ";"] {
            #expect(LineBreakClass.of(c) == .asciiClosing, "\(c)")
        }
        for c: Character in ["(", "[", "{"] {
            #expect(LineBreakClass.of(c) == .asciiOpening, "\(c)")
        }
        for c: Character in ["a", "Ж", "1", "-", "/", "👍🏽", "é", "\u{FFFD}"] {
            #expect(LineBreakClass.of(c) == .other, "\(c)")
        }
    }

    @Test func pairs() {
        func parts(_ pair: String) -> Bool {
            let chars = Array(pair)
            return LineBreakClass.allowsBreak(between: .of(chars[0]), and: .of(chars[1]))
        }
        for pair in ["日本", "日a", "a日", ":日", "。日", "。a", "」「", "日「", "日(", "한국", "!日", "1日", ")(", "a「"] {
            #expect(parts(pair), "\(pair)")
        }
        for pair in ["日。", "日」", "a.", "a,", ".a", ",a", ")a", "!a", "「日", "(日", "a(", "ab", "。」"] {
            #expect(!parts(pair), "\(pair)")
        }
    }
}

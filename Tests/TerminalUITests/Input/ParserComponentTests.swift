import Testing

@testable import TerminalUI

/// Unit tests for the decoder's building blocks: parameters, modifiers, UTF-8 and paste collection.
struct ParserComponentTests {
    @Test func csiParameters() {
        let params = CSIParameters(bytes("1;5")[...])
        #expect(params.isValid && params.privateMarker == nil && params.count == 2)
        #expect(params.value(at: 0) == 1 && params.value(at: 1) == 5 && params.value(at: 2) == nil)

        let kitty = CSIParameters(bytes("97:65;2")[...])
        #expect(kitty.subvalue(at: 0, 1) == 65 && kitty.value(at: 1) == 2)

        let sgr = CSIParameters(bytes("<64;10;5")[...])
        #expect(sgr.privateMarker == 0x3C && sgr.value(at: 2) == 5)

        let empty = CSIParameters(bytes(";7")[...])
        #expect(empty.value(at: 0) == nil && empty.value(at: 1) == 7)
        #expect(CSIParameters([][...]).count == 0)
        #expect(!CSIParameters(bytes("1?2")[...]).isValid)
        #expect(CSIParameters(bytes(String(repeating: "9", count: 40))[...]).value(at: 0) == CSIParameters.maxValue)
    }

    @Test func keyModifiers() {
        #expect(KeyModifiers(parameter: nil).isEmpty)
        #expect(KeyModifiers(parameter: 1).isEmpty)
        #expect(KeyModifiers(parameter: 2) == .shift)
        #expect(KeyModifiers(parameter: 5) == .control)
        #expect(KeyModifiers(parameter: 8) == [.shift, .alt, .control])
        #expect(KeyModifiers(parameter: 3 + 64 + 128) == .alt)
    }

    @Test func utf8Accumulator() {
        var utf8 = UTF8Accumulator()
        #expect(utf8.push(0xE2) == .needMore)
        #expect(utf8.push(0x82) == .needMore)
        #expect(utf8.push(0xAC) == .scalar("€"))
        #expect(utf8.push(0xF0) == .needMore)
        #expect(utf8.push(0x41) == .invalidReprocess)
        #expect(!utf8.isPending)
        #expect(utf8.push(0xC1) == .invalid)
        #expect(utf8.push(0xD0) == .needMore)
        let hadPartial = utf8.flush()
        let hadSecondPartial = utf8.flush()
        #expect(hadPartial)
        #expect(!hadSecondPartial)
    }

    @Test func pasteCollectorAcrossChunks() {
        var collector = PasteCollector()
        var result = collector.consume(bytes("a\r\nb\u{1B}[2"), from: 0)
        #expect(result.finished == false && result.next == 7)
        result = collector.consume(bytes("0x\u{1B}[201~rest"), from: 0)
        #expect(result.finished && result.next == 8)
        #expect(collector.takeText() == "a\nb\u{1B}[20x")
        #expect(collector.takeText() == "")
    }
}

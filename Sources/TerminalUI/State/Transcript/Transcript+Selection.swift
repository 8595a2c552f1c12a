/// What select mode can point at: a message (a prompt, an answer, its thinking) or a code block
/// inside an answer.
struct TranscriptItem: Sendable, Equatable {
    var block: Int
    /// The code block's number within the answer; nil for the whole message.
    var codeBlock: Int?
}

/// Finding the items of the transcript, their rows and their text.
extension Transcript {
    /// Every item in transcript order: each message, an answer followed by its code blocks.
    mutating func items() -> [TranscriptItem] {
        var found: [TranscriptItem] = []
        for index in blocks.indices {
            switch blocks[index].kind {
            case .userText, .thinking:
                found.append(TranscriptItem(block: index))
            case .assistantText:
                found.append(TranscriptItem(block: index))
                let codes = blocks[index].showsSource ? 0 : codeBlocks(ofBlock: index).count
                for code in 0..<codes { found.append(TranscriptItem(block: index, codeBlock: code)) }
            default:
                break
            }
        }
        return found
    }

    /// The first and last rows of `item` at `width` (the blank row above a block excluded).
    mutating func rows(of item: TranscriptItem, width: Int) -> ClosedRange<Position>? {
        guard blocks.indices.contains(item.block) else { return nil }
        let rows = rows(ofBlock: item.block, width: width)
        let indices: [Int]
        if let code = item.codeBlock {
            indices = rows.indices.filter { rows[$0].codeBlock == code }
        } else {
            indices = Array(rows.indices.drop { rows[$0].spans.isEmpty && $0 == 0 && blocks[item.block].spaceBefore })
        }
        guard let first = indices.first, let last = indices.last else { return nil }
        return Position(block: item.block, row: first)...Position(block: item.block, row: last)
    }

    /// What copying `item` takes: a message's text as written (an answer's Markdown source), or a
    /// code block's text without its fences; and the language of a code block.
    mutating func text(of item: TranscriptItem) -> (text: String, language: String?)? {
        guard blocks.indices.contains(item.block) else { return nil }
        guard let code = item.codeBlock else { return (blocks[item.block].text, nil) }
        let codes = codeBlocks(ofBlock: item.block)
        guard codes.indices.contains(code) else { return nil }
        return (codes[code].text, codes[code].language)
    }

    /// The rows of a screen as `window` gives them, each with its position.
    mutating func positionedWindow(height: Int, bottom: Position?, width: Int) -> [(Position, TranscriptRow)] {
        guard height > 0, let last = lastPosition(width: width) else { return [] }
        var end = bottom.map { clamp($0, width: width) } ?? last
        let top = move(end, by: -(height - 1), width: width)
        if let first = firstPosition(width: width), top == first {
            end = move(first, by: height - 1, width: width)
        }
        var result: [(Position, TranscriptRow)] = []
        result.reserveCapacity(height)
        var position = top
        while result.count < height {
            let blockRows = rows(ofBlock: position.block, width: width)
            let through = position.block == end.block ? min(end.row, blockRows.count - 1) : blockRows.count - 1
            if position.row <= through {
                for row in position.row...through {
                    result.append((Position(block: position.block, row: row), blockRows[row]))
                }
            }
            guard position.block < end.block, let next = nextBlock(after: position.block, width: width) else { break }
            position = Position(block: next, row: 0)
        }
        return result
    }
}

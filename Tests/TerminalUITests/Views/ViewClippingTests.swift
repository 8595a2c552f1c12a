import ChatCore
import OllamaKit
import Testing

@testable import TerminalUI

/// Each view alone, in rects from nothing to narrower than its text, with wide characters: it
/// never draws outside its rect and never crashes (ratatui's `does_not_render_in_small_space`).
struct ViewClippingTests {
    static let rects = [
        Rect(top: 0, left: 0, height: 0, width: 0),
        Rect(top: 3, left: 4, height: 1, width: 12),
        Rect(top: 2, left: 5, height: 4, width: 3),
        Rect(top: 1, left: 1, height: 6, width: 9),
        Rect(top: 0, left: 0, height: 10, width: 30),
    ]

    /// Renders with the canvas pre-filled with a sentinel, then checks every cell outside `rect`;
    /// given the whole canvas, the view must draw something (a view that draws nothing would
    /// pass the rest).
    func expectInside(_ rect: Rect, sourceLocation: SourceLocation = #_sourceLocation, _ draw: (inout Canvas) -> Void) {
        var canvas = Canvas(rows: 10, columns: 30, role: .marker)
        draw(&canvas)
        if rect == Rect(top: 0, left: 0, height: canvas.rows, width: canvas.columns) {
            let drew = (0..<canvas.rows).contains { row in
                (0..<canvas.columns).contains { canvas[row, $0] != Cell.blank(.marker) }
            }
            #expect(drew, "given the whole canvas, the view draws", sourceLocation: sourceLocation)
        }
        for row in 0..<canvas.rows {
            for column in 0..<canvas.columns
            where !(row >= rect.top && row < rect.bottom && column >= rect.left && column < rect.right) {
                #expect(
                    canvas[row, column] == Cell.blank(.marker), "\(rect): drew at \(row),\(column)",
                    sourceLocation: sourceLocation)
            }
        }
    }

    var state: AppState {
        var state = AppState.connected()
        state.type("衣装")
        state.press(.enter)
        state.stream(.content("衣装衣装衣装 Привет 👍🏽 e\u{301} a long line that wraps"))
        return state
    }

    @Test(arguments: rects) func transcript(_ rect: Rect) {
        var state = state
        let rows = state.transcript.window(height: rect.height, bottom: nil, width: max(1, rect.width - 2))
        expectInside(rect) { TranscriptView.render(rows, in: rect, into: &$0) }
    }

    @Test(arguments: rects) func statusBar(_ rect: Rect) {
        expectInside(rect) { StatusBarView.render(state, in: rect, into: &$0) }
    }

    @Test(arguments: rects) func separatorAndInput(_ rect: Rect) {
        expectInside(rect) { SeparatorView.render(marker: "new text below ↓", in: rect, into: &$0) }
        var editor = LineEditor()
        editor.insert("衣装衣装衣装衣装 typed")
        let shown = editor.layout(width: max(1, rect.width - 2), maxRows: max(1, rect.height))
        expectInside(rect) { _ = InputView.render(shown, in: rect, into: &$0) }
    }

    @Test(arguments: rects) func pickerAndHelp(_ rect: Rect) {
        var picker = ModelPicker(canClose: true)
        picker.show(
            capturedModels + [ModelSummary(name: "衣装衣装衣装:latest", size: 1)], strings: Strings(.english), preselect: nil)
        expectInside(rect) { ModelPickerView.render(&picker, strings: Strings(.english), in: rect, into: &$0) }
        expectInside(rect) { HelpView.render(HelpPanel(), strings: Strings(.russian), in: rect, into: &$0) }
        expectInside(rect) { TooSmallView.render("Терминал слишком мал", in: rect, into: &$0) }
    }

    @Test func aWideCharacterCutByTheRectsEdgeIsBlankedNotHalved() {
        var canvas = Canvas(rows: 1, columns: 10, role: .marker)
        canvas.clipped(to: Rect(top: 0, left: 1, height: 1, width: 4)) {
            $0.put("衣装衣", row: 0, column: 0, role: .assistant)
        }
        #expect(canvas.text(row: 0) == "  装")
        #expect(canvas[0, 1] == Cell.blank(.assistant), "the half of 衣 inside the rect is a blank")
        #expect(canvas[0, 4] == Cell.blank(.assistant))
        #expect(canvas[0, 5] == Cell.blank(.marker))
    }
}

import ChatCore
import OllamaKit

/// The model-picker popup's state: the models as `name (SIZE)`, the filter, the selection, and
/// a message (loading, an error, a model that cannot chat).
struct ModelPicker: Sendable {
    private(set) var selection = ListSelection()
    private(set) var models: [String: ModelSummary] = [:]
    private(set) var isLoading = true
    var message: String?
    /// News rather than a problem (a model pulled, deleted), drawn plain; `message` goes first.
    var note: String?
    /// A model to select once a list has it (one just pulled).
    var wanted: String?
    /// The models shown, as last listed (their rows are rebuilt when the loaded marks change).
    private var listed: [ModelSummary] = []
    /// What each loaded model's row adds (memory, GPU share, unloading), by model name.
    private var marks: [String: String] = [:]
    /// A model is already in use, so Esc may close the picker.
    let canClose: Bool

    init(canClose: Bool) {
        self.canClose = canClose
    }

    /// Shows `list`; `stillLoading` while a fresher list is on its way.
    mutating func show(_ list: [ModelSummary], strings: Strings, preselect: String?, stillLoading: Bool = false) {
        isLoading = stillLoading
        listed = list
        var byLabel: [String: ModelSummary] = [:]
        let items = list.map { model -> ListSelection.Item in
            let label = ModelSize.label(model.name, bytes: model.size)
            byLabel[label] = model
            let facts =
                model.canChat ? [model.parameterSize, model.quantization].compactMap { $0 } : [strings.embeddingOnly]
            // The mark first: where the row is short, the facts are what is cut.
            let detail = ((marks[model.name].map { [$0] } ?? []) + facts).joined(separator: " · ")
            return ListSelection.Item(name: label, detail: detail)
        }
        models = byLabel
        selection.setItems(items)
        let preselect = wanted ?? preselect
        if let preselect, let model = list.first(where: { $0.isNamed(preselect) }) {
            _ = selection.select(name: ModelSize.label(model.name, bytes: model.size))
            if model.isNamed(wanted ?? "") { wanted = nil }
        }
    }

    /// A fresher list is on its way: until it comes, nothing is pulled from this one (a model
    /// just pulled is not in it yet, and Enter on its name would pull it again).
    mutating func awaitList() {
        isLoading = true
    }

    /// Marks the loaded models' rows with `marks` (by model name).
    mutating func mark(_ marks: [String: String], strings: Strings) {
        guard marks != self.marks else { return }
        self.marks = marks
        show(listed, strings: strings, preselect: selectedModel?.name, stillLoading: isLoading)
    }

    /// The filter as a model to pull: nothing installed matches it and it names one model.
    var pullCandidate: String? {
        let words = selection.filter.split(whereSeparator: \.isWhitespace)
        guard !isLoading, selection.visibleCount == 0, words.count == 1 else { return nil }
        return words.first.map(String.init)
    }

    mutating func failed(_ text: String) {
        isLoading = false
        message = text
    }

    var selectedModel: ModelSummary? {
        selection.selected.flatMap { models[$0.name] }
    }

    /// The slice of the list to show in `height` rows, scrolled to keep the selection visible.
    mutating func window(height: Int) -> Range<Int> {
        selection.window(height: height)
    }

    mutating func edit(_ body: (inout ListSelection) -> Void) {
        body(&selection)
        message = nil
        note = nil
    }
}

import ChatCore
import OllamaKit

/// The model-picker popup's state: the models as `name (SIZE)`, the filter, the selection, and
/// a message (loading, an error, a model that cannot chat).
struct ModelPicker: Sendable {
    private(set) var selection = ListSelection()
    private(set) var models: [String: ModelSummary] = [:]
    private(set) var isLoading = true
    var message: String?
    /// A model is already in use, so Esc may close the picker.
    let canClose: Bool

    init(canClose: Bool) {
        self.canClose = canClose
    }

    /// Shows `list`; `stillLoading` while a fresher list is on its way.
    mutating func show(_ list: [ModelSummary], strings: Strings, preselect: String?, stillLoading: Bool = false) {
        isLoading = stillLoading
        var byLabel: [String: ModelSummary] = [:]
        let items = list.map { model -> ListSelection.Item in
            let label = ModelSize.label(model.name, bytes: model.size)
            byLabel[label] = model
            let detail =
                model.canChat
                ? [model.parameterSize, model.quantization].compactMap { $0 }.joined(separator: " · ")
                : strings.embeddingOnly
            return ListSelection.Item(name: label, detail: detail)
        }
        models = byLabel
        selection.setItems(items)
        if let preselect, let model = list.first(where: { $0.isNamed(preselect) }) {
            _ = selection.select(name: ModelSize.label(model.name, bytes: model.size))
        }
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
    }
}

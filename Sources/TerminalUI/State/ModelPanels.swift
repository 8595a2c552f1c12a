import ChatCore
import OllamaKit

/// The details overlay of one model: which model, why the server did not say (if it failed), and
/// the picker to go back to. The facts themselves are the state's `modelDetails`.
struct ModelDetailsPanel: Sendable {
    let model: String
    let returnTo: ModelPicker?
    var failure: String?
}

/// Asking before a model is deleted: the model (its name and size) and the picker below.
struct ModelDeletion: Sendable {
    let model: ModelSummary
    let returnTo: ModelPicker

    /// `name (SIZE)`, as the question names it.
    var label: String { ModelSize.label(TextSanitizer.sanitize(model.name), bytes: model.size) }
}

import OllamaKit

/// Chat settings named on the command line, already valid, laid over a chat's own: the config
/// file's defaults for a new chat, a stored chat's settings for one continued.
public struct ChatSettingsPatch: Sendable, Equatable {
    public var system: String?
    public var think: ThinkMode?
    /// A nil value takes the option back to the model's default.
    public var values: [OptionField.Name: OptionValue?] = [:]

    public init() {}

    /// `settings` with what this patch names replaced.
    public func applied(to settings: ChatSettings) -> ChatSettings {
        var result = settings
        if let system { result.system = system }
        if let think { result.think = think }
        for (name, value) in values { result.values[name] = value }
        return result
    }
}

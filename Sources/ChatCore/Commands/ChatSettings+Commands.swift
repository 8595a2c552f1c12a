/// The `/set` commands applied to a chat's settings.
extension ChatSettings {
    /// Applies `command` when it is `/set system`, `/set parameter` or `/set think`; false (and
    /// nothing changed) for any other command.
    public mutating func apply(_ command: SlashCommand) -> Bool {
        switch command {
        case .setSystem(let text): system = text
        case .setParameter(let name, let value): values[name] = value
        case .setThink(let mode): think = mode
        case .showInfo, .showParameters, .showSystem, .load, .clear, .help, .bye, .image: return false
        }
        return true
    }
}

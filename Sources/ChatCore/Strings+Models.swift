/// The words of model control: details, loaded marks, downloads and removals.
extension Strings {
    public func detailsTitle(_ model: String) -> String { pick("Model \(model)", "Модель \(model)") }
    public var detailsHints: String { pick("Esc back", "Esc назад") }
    public var loadingDetails: String { pick("Asking the server…", "Спрашиваем сервер…") }

    public func detailsFailed(_ reason: String) -> String {
        pick("⚠️ The server did not say: \(reason)", "⚠️ Сервер не ответил: \(reason)")
    }

    public var factFamily: String { pick("Family", "Семейство") }
    public var factParameters: String { pick("Parameters", "Параметры") }
    public var factQuantization: String { pick("Quantization", "Квантование") }
    public var factContext: String { pick("Context", "Контекст") }
    public var factCapabilities: String { pick("Can do", "Умеет") }
    public var factSize: String { pick("Size", "Размер") }
    public var factModified: String { pick("Modified", "Изменена") }
    public var factLicense: String { pick("License", "Лицензия") }
    public var factLoaded: String { pick("Loaded", "Загружена") }

    /// `4096 tokens`.
    public func tokens(_ count: Int) -> String { pick("\(count) tokens", "токенов: \(count)") }

    /// A capability as the details list it.
    public func capability(_ name: String) -> String {
        switch name {
        case "completion": pick("chat", "чат")
        case "vision": pick("images", "изображения")
        case "tools": pick("tools", "инструменты")
        case "thinking": pick("thinking", "рассуждения")
        case "embedding": pick("embeddings", "эмбеддинги")
        case "insert": pick("fill in the middle", "вставка в середину")
        default: name
        }
    }

    /// How much of a loaded model is in GPU memory: `100% GPU`, `CPU`, `48% GPU`.
    public func gpuShare(size: Int64, inGPU: Int64) -> String {
        guard size > 0, inGPU > 0 else { return "CPU" }
        let percent = Int((Double(min(inGPU, size)) / Double(size) * 100).rounded())
        return "\(percent)% GPU"
    }

    /// When an idle loaded model leaves memory: `unloads in 4 min`.
    public func unloadsIn(seconds: Double) -> String {
        let minutes = Int((seconds / 60).rounded())
        if seconds < 60 { return pick("unloads in under a minute", "выгрузится меньше чем через минуту") }
        if minutes < 120 { return pick("unloads in \(minutes) min", "выгрузится через \(minutes) мин") }
        return pick("unloads in \(minutes / 60) h", "выгрузится через \(minutes / 60) ч")
    }

    /// A picker row's loaded mark: `loaded 1.2GB · 100% GPU · unloads in 4 min`.
    public func loadedMark(memory: String, share: String, unloads: String?) -> String {
        ([pick("loaded \(memory)", "в памяти \(memory)"), share] + (unloads.map { [$0] } ?? []))
            .joined(separator: " · ")
    }

    /// The picker's message row when nothing installed matches the filter.
    public func enterPulls(_ model: String) -> String {
        pick("no model matches · Enter pulls \(model)", "нет подходящих моделей · Enter скачает \(model)")
    }

    public var typeToPull: String {
        pick("No models installed. Type a name to pull, e.g. gemma2:2b", "Моделей нет. Наберите имя, напр. gemma2:2b")
    }

    /// Under the no-models notice: the picker can pull one.
    public var pullHint: String {
        pick("F3 and a model's name pull it from here.", "F3 и имя модели скачают её отсюда.")
    }

    public func pullTitle(_ model: String) -> String { pick("Pulling \(model)", "Скачивание \(model)") }
    public var pullHints: String { pick("Esc cancels", "Esc отменит") }
    public var pullDoneHints: String { pick("Esc back", "Esc назад") }
    public var pullCancelled: String { pick("⏹ Pull cancelled", "⏹ Скачивание отменено") }
    public func pullFailed(_ reason: String) -> String { pick("⚠️ Pull failed: \(reason)", "⚠️ Не скачалось: \(reason)") }
    public func pulled(_ model: String) -> String { pick("✅ \(model) is installed", "✅ \(model) установлена") }

    /// A layer's figures after its bar: `128MB/253MB 12MB/s 9s left`.
    public func layerFigures(done: String, total: String, speed: String?, left: String?) -> String {
        var parts = ["\(done)/\(total)"]
        if let speed { parts.append("\(speed)/s") }
        if let left { parts.append(pick("\(left) left", "осталось \(left)")) }
        return parts.joined(separator: " ")
    }

    /// A short duration: `9s`, `3m 05s`, `1h 02m`.
    public static func shortDuration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(pad(total % 60))s" }
        return "\(total / 3600)h \(pad(total / 60 % 60))m"
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    public var deleteModelTitle: String { pick("Delete the model?", "Удалить модель?") }

    public func deleteModelText(_ label: String) -> String {
        pick("\(label) is removed from the server.", "\(label) будет удалена с сервера.")
    }

    public var deleteModelHints: String { pick("Enter deletes · Esc keeps", "Enter удалит · Esc оставит") }
    public func deletingModel(_ model: String) -> String { pick("Deleting \(model)…", "Удаляем \(model)…") }
    public func modelDeleted(_ model: String) -> String { pick("✅ \(model) deleted", "✅ \(model) удалена") }

    public func chatModelDeleted(_ model: String) -> String {
        pick("⚠️ \(model) was the chat's model: choose another", "⚠️ \(model) была моделью чата: выберите другую")
    }

    public func deleteFailed(_ reason: String) -> String {
        pick("⚠️ Not deleted: \(reason)", "⚠️ Не удалено: \(reason)")
    }

    public var keysModelDetails: String { pick("Model details", "Сведения о модели") }
    public var keysPull: String { pick("Pulling a model", "Скачивание модели") }
}

import OllamaKit

/// Every user-facing sentence of the app, in English and Russian.
public struct Strings: Sendable {
    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    func pick(_ english: String, _ russian: String) -> String {
        language == .english ? english : russian
    }

    public var notRunning: String {
        pick("❌ Ollama is not running. Start it: ollama serve", "❌ Ollama не запущен. Запустите: ollama serve")
    }

    public var noModels: String {
        pick(
            "📦 No models installed. Install one: ollama pull gemma2:2b",
            "📦 Моделей нет. Установите: ollama pull gemma2:2b")
    }

    public func modelNotFound(_ model: String) -> String {
        pick(
            "📦 Model \(model) is not installed. Install it: ollama pull \(model)",
            "📦 Модель \(model) не установлена. Установите: ollama pull \(model)")
    }

    public func cannotChat(_ model: String) -> String {
        pick(
            "📦 Model \(model) only makes embeddings and cannot chat. Choose another one.",
            "📦 Модель \(model) умеет только эмбеддинги и не может вести чат. Выберите другую.")
    }

    public func generationError(_ message: String) -> String {
        pick("⚠️ Error: \(message)", "⚠️ Ошибка: \(message)")
    }

    public func connected(_ model: String) -> String {
        pick("✅ Connected to \(model). Send a message!", "✅ Подключено к \(model). Отправьте сообщение!")
    }

    public var stopped: String { pick("⏹ stopped", "⏹ остановлено") }

    public var sessionCleared: String { pick("Session cleared", "Сессия очищена") }

    public func tried(_ host: String, _ reason: ConnectionFailure) -> String {
        pick("(\(host): \(describe(reason)))", "(\(host): \(describe(reason)))")
    }

    public func describe(_ reason: ConnectionFailure) -> String {
        switch reason {
        case .refused: pick("connection refused", "соединение отклонено")
        case .unreachable: pick("host unreachable", "узел недоступен")
        case .nameResolution: pick("host name not found", "имя узла не найдено")
        case .connectTimeout: pick("connection timed out", "истекло время соединения")
        case .reset: pick("the server reset the connection", "сервер сбросил соединение")
        case .closed: pick("the server closed the connection without answering", "сервер закрыл соединение, не ответив")
        case .tlsNotSpoken:
            pick("the server does not speak TLS: try http://", "сервер не говорит по TLS: попробуйте http://")
        case .tlsFailed: pick("the TLS handshake failed", "не удалось установить TLS-соединение")
        case .other(let text): text
        }
    }

    /// What to tell the user about a failure: a headline (the seed's message where there is one)
    /// and, where it helps, a detail line. `model` is the model a 404 was about.
    public func failure(_ error: OllamaError, model: String?) -> (headline: String, detail: String?) {
        switch error {
        case .notReachable(let host, let reason):
            (reason.meansNothingListens ? notRunning : cannotConnect, tried(host, reason))
        case .notOllama(let url, let status, let excerpt):
            (notOllamaAPI, "(\(url): HTTP \(status) \"\(excerpt)\")")
        case .unauthorized(let url, let keySent):
            (keySent ? apiKeyRefused : apiKeyNeeded, "(\(url): HTTP 401)")
        case .cancelled:
            (stopped, nil)
        case _ where error.isModelNotFound && !(model ?? "").isEmpty:
            (modelNotFound(model ?? ""), nil)
        default:
            (generationError(describe(error)), nil)
        }
    }

    /// The `{message}` of `generationError` for an error: what went wrong, in the user's words.
    public func describe(_ error: OllamaError) -> String {
        switch error {
        case .notReachable(let host, let reason):
            pick(
                "cannot reach Ollama at \(host): \(describe(reason))",
                "нет связи с Ollama по адресу \(host): \(describe(reason))")
        case .notOllama(let url, let status, _):
            pick(
                "\(url) does not look like an Ollama API (HTTP \(status))",
                "\(url) не похож на API Ollama (HTTP \(status))")
        case .unauthorized(let url, _):
            pick("\(url) wants an API key (HTTP 401)", "\(url) требует ключ API (HTTP 401)")
        case .httpStatus(let code, let message):
            "HTTP \(code): \(message)"
        case .thinkingUnsupported(let model):
            thinkingUnsupported(model)
        case .streamError(let message):
            message
        case .malformedLine(let excerpt):
            pick("unreadable answer from the server: \(excerpt)", "непонятный ответ сервера: \(excerpt)")
        case .connectionLost(let host):
            pick(
                "the connection to \(host) closed before the answer was complete",
                "соединение с \(host) прервалось до конца ответа")
        case .timeout(let seconds):
            pick(
                "no answer for \(Self.seconds(seconds)) s (timeout)",
                "нет ответа \(Self.seconds(seconds)) сек (тайм-аут)")
        case .cancelled:
            stopped
        }
    }

    public func invalidHost(_ error: OllamaHostError, source: SettingSource) -> String {
        let name = label(source)
        return switch error {
        case .unsupportedScheme(let scheme):
            pick(
                "\(name): unsupported scheme \"\(scheme)\"; use http:// or https://",
                "\(name): схема \"\(scheme)\" не поддерживается; используйте http:// или https://")
        case .invalidHost(let host):
            pick(
                "\(name): \"\(host)\" is not a host name or IP address",
                "\(name): \"\(host)\" не имя узла и не IP-адрес")
        }
    }

    public func invalidTimeout(_ value: String, source: SettingSource, notPositive: Bool) -> String {
        let name = label(source)
        let allowed = pick(
            "use seconds (300) or a number with a unit: 250ms, 90s, 5m, 1h",
            "укажите секунды (300) или число с единицей: 250ms, 90s, 5m, 1h")
        return notPositive
            ? pick(
                "\(name): \"\(value)\" must be positive; \(allowed)",
                "\(name): \"\(value)\" должно быть больше нуля; \(allowed)")
            : pick(
                "\(name): \"\(value)\" is not a duration; \(allowed)",
                "\(name): \"\(value)\" не длительность; \(allowed)")
    }

    public func invalidLanguage(_ value: String, source: SettingSource) -> String {
        let name = label(source)
        return pick(
            "\(name): unknown language \"\(value)\"; use en or ru",
            "\(name): неизвестный язык \"\(value)\"; используйте en или ru")
    }

    /// Where a bad value came from: `--timeout`, `OLLAMA_TUI_TIMEOUT`, `OLLAMA_TUI_TIMEOUT in .env`.
    public func label(_ source: SettingSource) -> String {
        switch source {
        case .flag(let flag): flag
        case .environment(let variable): variable
        case .dotEnv(let variable): pick("\(variable) in .env", "\(variable) в .env")
        }
    }

    public var emptyPrompt: String {
        pick(
            "nothing to send: give a prompt as an argument or on standard input",
            "нечего отправить: укажите запрос аргументом или на стандартном входе")
    }

    /// `⏱ 2.3 s • 🔢 127 chars • 📊 56 tok/s`; tok/s left out when the server gave no counters.
    public func metricsLine(_ metrics: Metrics) -> String {
        var parts = [
            "⏱ \(Self.oneDecimal(metrics.wallSeconds)) \(pick("s", "сек"))",
            "🔢 \(metrics.characters) \(pick("chars", "символов"))",
        ]
        if let rate = metrics.tokensPerSecond {
            parts.append("📊 \(Int(rate.rounded())) \(pick("tok/s", "ток/сек"))")
        }
        return parts.joined(separator: " • ")
    }

    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((max(0, value) * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func seconds(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : oneDecimal(value)
    }
}

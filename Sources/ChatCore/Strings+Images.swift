/// The words of images attached to a prompt.
extension Strings {
    /// Why an image was not attached; nothing is sent.
    public func imageProblem(_ problem: ImageAttachment.Problem) -> String {
        switch problem {
        case .missing(let path):
            return pick("No image at \(path); nothing was sent", "Нет изображения \(path); ничего не отправлено")
        case .unreadable(let path):
            return pick("\(path) cannot be read; nothing was sent", "\(path) не читается; ничего не отправлено")
        case .tooLarge(let path, let bytes):
            let limit = Self.fileSize(ImageAttachment.maxBytes)
            let size = Self.fileSize(bytes)
            return pick(
                "\(path) is \(size), over the \(limit) limit; nothing was sent",
                "\(path) весит \(size), больше предела \(limit); ничего не отправлено")
        case .notAnImage(let path):
            return pick(
                "\(path) is not a PNG, JPEG or WebP image; nothing was sent",
                "\(path) — не изображение PNG, JPEG или WebP; ничего не отправлено")
        }
    }

    /// How an attached image is shown in the transcript.
    public func imageLabel(_ image: ImageAttachment) -> String {
        let size = Self.fileSize(image.byteCount)
        return pick("[image: \(image.name), \(size)]", "[изображение: \(image.name), \(size)]")
    }

    /// The model cannot take images.
    public func noVision(model: String) -> String {
        pick(
            "\(model) cannot see images (no vision capability); nothing was sent",
            "\(model) не видит изображений (нет возможности vision); ничего не отправлено")
    }

    /// A file's size in decimal units, one decimal below 10: `1.2 MB`, `34 KB`, `512 B`.
    static func fileSize(_ bytes: Int) -> String {
        let value = Double(max(0, bytes))
        let (scaled, unit): (Double, String) =
            switch value {
            case 1e9...: (value / 1e9, "GB")
            case 1e6...: (value / 1e6, "MB")
            case 1e3...: (value / 1e3, "KB")
            default: (value, "B")
            }
        let number = unit != "B" && scaled < 10 ? oneDecimal(scaled) : "\(Int(scaled.rounded()))"
        return "\(number) \(unit)"
    }
}

/// A rectangle of the screen in cells: where a view may draw. Views render `(model, Rect)` into
/// a canvas clipped to the rect, so a view can never draw outside the part it was given.
struct Rect: Sendable, Equatable {
    var top: Int
    var left: Int
    var height: Int
    var width: Int

    init(top: Int, left: Int, height: Int, width: Int) {
        self.top = top
        self.left = left
        self.height = max(0, height)
        self.width = max(0, width)
    }

    static let empty = Rect(top: 0, left: 0, height: 0, width: 0)

    var bottom: Int { top + height }
    var right: Int { left + width }
    var isEmpty: Bool { height == 0 || width == 0 }

    /// The part of this rect inside `other` (empty when they do not meet).
    func intersection(_ other: Rect) -> Rect {
        let newTop = max(top, other.top), newLeft = max(left, other.left)
        let newBottom = min(bottom, other.bottom), newRight = min(right, other.right)
        guard newTop < newBottom, newLeft < newRight else {
            return Rect(top: newTop, left: newLeft, height: 0, width: 0)
        }
        return Rect(top: newTop, left: newLeft, height: newBottom - newTop, width: newRight - newLeft)
    }

    /// A rect of `height` × `width` (clamped to this one) centred in it.
    func centred(height: Int, width: Int) -> Rect {
        let h = min(max(0, height), self.height), w = min(max(0, width), self.width)
        return Rect(top: top + (self.height - h) / 2, left: left + (self.width - w) / 2, height: h, width: w)
    }

    /// The rect without `amount` cells on every side.
    func inset(by amount: Int) -> Rect {
        Rect(top: top + amount, left: left + amount, height: height - 2 * amount, width: width - 2 * amount)
    }

    /// Row `index` of the rect as a one-row rect.
    func row(_ index: Int) -> Rect {
        Rect(top: top + index, left: left, height: index >= 0 && index < height ? 1 : 0, width: width)
    }
}

extension Rect {
    /// The whole screen of `size`.
    init(size: ScreenSize) {
        self.init(top: 0, left: 0, height: size.rows, width: size.columns)
    }
}

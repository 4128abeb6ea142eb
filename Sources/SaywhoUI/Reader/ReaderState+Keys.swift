/// Which action a key is, given the reader's state and the key map's command for it.
extension ReaderState {
    /// True when `back` has something to close or undo before it would quit.
    public var canGoBack: Bool {
        overlay != nil || search != nil || articleQuery != nil || (showArticles && article != nil && layout.mode != .wide)
    }

    /// Prompts and the picker take typed characters; elsewhere keys go through the key map.
    public func action(for key: Key, command: Command?) -> ReaderAction? {
        switch key {
        case .click(let x, let y): return .click(x: x, y: y)
        case .wheelUp(let x, let y): return .wheel(up: true, x: x, y: y)
        case .wheelDown(let x, let y): return .wheel(up: false, x: x, y: y)
        case .resize: return nil
        default: break
        }
        if let overlay, overlay.takesText {
            switch key {
            case .character(let c): return .type(c)
            case .backspace, .delete: return .deleteBackward
            case .enter: return .command(.open)
            case .escape: return .command(.back)
            case .down, .tab: return .command(.moveDown)
            case .up, .backTab: return .command(.moveUp)
            case .pageDown: return .command(.pageDown)
            case .pageUp: return .command(.pageUp)
            case .ctrl("u"):
                return .clearLine
            default: return nil
            }
        }
        // Esc closes and goes back but never quits: pressing it once too often must not end the session.
        if case .escape = key { return canGoBack ? .command(.back) : nil }
        return command.map { .command($0) }
    }
}

import CNCursesW
import SaywhoUI
import Testing

@testable import SaywhoCurses

@Suite struct KeyDecoderTests {
    @Test func specialKeyCodes() {
        #expect(KeyDecoder.key(forKeyCode: KEY_PPAGE) == .pageUp)
        #expect(KeyDecoder.key(forKeyCode: KEY_HOME) == .home)
        #expect(KeyDecoder.key(forKeyCode: KEY_END) == .end)
        #expect(KeyDecoder.key(forKeyCode: KEY_BTAB) == .backTab)
        #expect(KeyDecoder.key(forKeyCode: KEY_RESIZE) == .resize)
        #expect(KeyDecoder.key(forKeyCode: saywho_key_f(12)) == .function(12))
    }

    @Test func mouseEvents() {
        #expect(KeyDecoder.key(forMouse: saywho_button4_pressed(), x: 1, y: 2) == .wheelUp(x: 1, y: 2))
        #expect(KeyDecoder.key(forMouse: saywho_button5_pressed(), x: 1, y: 2) == .wheelDown(x: 1, y: 2))
        #expect(KeyDecoder.key(forMouse: saywho_button1_clicked(), x: 7, y: 3) == .click(x: 7, y: 3))
        #expect(KeyDecoder.key(forMouse: saywho_button1_released(), x: 7, y: 3) == nil)
    }

    @Test func longEmojiSequencesFitACursesCell() {
        let family = Array("👨‍👩‍👧‍👦".unicodeScalars)
        #expect(Terminal.cursesScalars(family) == [family[0]])
        #expect(Terminal.cursesScalars(Array("e\u{301}".unicodeScalars)).count == 2)
    }
}

// Owns read-aloud: the current question or screen text through AVSpeechSynthesizer, in the
// checklist's language, on the device (no network voice), stopped on lock and quick exit.

import AVFoundation
import WaveShell

@MainActor
final class SpeechReader: Speaker {
    private let synthesizer = AVSpeechSynthesizer()

    func speak(_ text: String, language: String) {
        synthesizer.stopSpeaking(at: .immediate)
        let utterance = AVSpeechUtterance(string: text)
        utterance.voice = AVSpeechSynthesisVoice(language: language)
        synthesizer.speak(utterance)
    }

    func stop() {
        synthesizer.stopSpeaking(at: .immediate)
    }
}

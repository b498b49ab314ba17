// Owns the app's words on iOS: Localizable.xcstrings as Xcode compiles it into the bundle
// (a .lproj per language, plurals as stringsdict), read in the language chosen in Wave rather
// than the phone's, with the catalog's `%@` / `%lld` placeholders.

import Foundation
import WaveShell

struct BundleTexts: Texts {
    /// The languages the catalog is translated into, as the bundle has them.
    static var languages: [String] {
        Bundle.main.localizations.filter { $0 != "Base" }
    }

    func text(_ key: String, language: String, _ arguments: [TextArgument]) -> String {
        let bundle = Bundle.main.path(forResource: language, ofType: "lproj").flatMap(Bundle.init(path:)) ?? .main
        let format = bundle.localizedString(forKey: key, value: nil, table: "Localizable")
        let values: [CVarArg] = arguments.map { argument in
            switch argument {
            case .text(let text): return text
            case .number(let number): return Int64(number)
            }
        }
        return String(format: format, locale: Locale(identifier: language), arguments: values)
    }
}

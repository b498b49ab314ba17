// Owns the checks on the app's own words: ios/WaveApp/Localizable.xcstrings has every key in
// every language the checklist declares (asked of the real core), with the plural forms each
// language needs and the same placeholders in each; every key the code names is in it, and
// nothing in it is unused; nothing a locked phone shows names Wave.

import Foundation
import Testing
import WaveCore
@testable import WaveShell

/// The shell's Swift files: the view models' and the app's.
func swiftSources() throws -> [String] {
    let ios = catalogURL.deletingLastPathComponent().deletingLastPathComponent()
    var texts: [String] = []
    for folder in ["WaveShell/Sources", "WaveApp"] {
        let root = ios.appendingPathComponent(folder)
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) else { continue }
        for case let url as URL in walker where url.pathExtension == "swift" {
            texts.append(try String(contentsOf: url, encoding: .utf8))
        }
    }
    #expect(texts.count >= 10, "found only \(texts.count) Swift files under \(ios.path)")
    return texts
}

func matches(_ pattern: String, in texts: [String]) throws -> Set<String> {
    let regex = try NSRegularExpression(pattern: pattern)
    var found = Set<String>()
    for text in texts {
        for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            if let range = Range(match.range(at: 1), in: text) { found.insert(String(text[range])) }
        }
    }
    return found
}

/// Keys built from a case name rather than written out.
func builtKeys() throws -> Set<String> {
    var keys = Set(HomeViewModel.Group.allCases.map { "home.group.\($0.rawValue)" })
    keys.formUnion(LockDelay.allCases.map { "settings.lock.\($0)" })
    keys.formUnion(Camouflage.allCases.map { "settings.camouflage.\($0.rawValue)" })
    keys.formUnion(try checklistLanguages().map { "language.\($0)" })
    // The date precisions the form format allows (docs/form-format.md).
    keys.formUnion(["exact", "estimated", "month"].map { "checklist.date.\($0)" })
    return keys
}

func placeholders(_ text: String) -> [String] {
    let pattern = try? NSRegularExpression(pattern: #"%(?:\d+\$)?(?:lld|ld|d|@)"#)
    let range = NSRange(text.startIndex..., in: text)
    return (pattern?.matches(in: text, range: range) ?? []).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
        .sorted()
}

/// Wave's name as the catalog writes it, and as Cyrillic and Georgian would transliterate it, so a
/// translator who spells it out is caught too.
let appNameSpellings = ["Wave", "Вейв", "Вэйв", "Уэйв", "Уейв", "ვეივ", "უეივ"]

func namesTheApp(_ text: String) -> Bool {
    appNameSpellings.contains { text.lowercased().contains($0.lowercased()) }
}

/// What a locked phone shows or reads out: the unlock screen (its title, field, button and both
/// messages), the toolbar every screen has, and the neutral screen after a quick exit.
/// `common.cover` is left out: it is Wave's name, shown only when she chose no camouflage.
let lockedKeys = [
    "unlock.title", "unlock.open", "unlock.wrong", "unlock.unavailable", "welcome.passphrase.first",
    "common.quickExit", "common.readAloud", "exited.tap",
]

@Suite struct StringTests {
    @Test func everyStringExistsInEveryLanguageOfTheChecklist() throws {
        let catalog = try loadCatalog()
        let languages = try checklistLanguages()
        #expect(languages.count >= 3 && catalog.sourceLanguage == "en")
        #expect(catalog.entries.count > 100)
        for (key, byLanguage) in catalog.entries {
            let sourceMarks = byLanguage["en"].map { entry -> [String] in
                switch entry {
                case .plain(let text): return placeholders(text)
                case .plural(let forms): return placeholders(forms["other"] ?? "")
                }
            }
            for language in languages {
                guard let entry = byLanguage[language] else {
                    Issue.record("\(key) has no \(language)")
                    continue
                }
                switch entry {
                case .plain(let text):
                    #expect(!text.trimmingCharacters(in: .whitespaces).isEmpty, "\(key).\(language) is empty")
                    #expect(placeholders(text) == sourceMarks, "\(key).\(language): placeholders differ from English")
                case .plural(let forms):
                    let needed = PluralRule.categories(language: language)
                    #expect(needed.isSubset(of: Set(forms.keys)), "\(key).\(language) lacks \(needed.subtracting(forms.keys))")
                    for (category, text) in forms {
                        #expect(placeholders(text) == sourceMarks, "\(key).\(language).\(category): placeholders differ")
                    }
                }
            }
        }
    }

    @Test func everyKeyTheCodeNamesIsInTheCatalogAndNoneIsUnused() throws {
        let catalog = try loadCatalog()
        let sources = try swiftSources()
        let known = Set(catalog.entries.keys)
        // Every `words("…")` names a key of the catalog…
        let named = try matches(#"words\("([a-zA-Z]+(?:\.[a-zA-Z]+)+)""#, in: sources)
        #expect(named.count > 50)
        #expect(named.subtracting(known).isEmpty, "missing from the catalog: \(named.subtracting(known).sorted())")
        // …and every key of the catalog appears in the code (a literal, or built from a case).
        let literals = try matches(#""([a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+)""#, in: sources).union(try builtKeys())
        #expect(known.subtracting(literals).isEmpty, "in the catalog, never used: \(known.subtracting(literals).sorted())")
    }

    @MainActor @Test func nothingALockedPhoneShowsNamesWave() async throws {
        let catalog = try loadCatalog()
        for language in try checklistLanguages() {
            for key in lockedKeys {
                let text = catalog.text(key, language: language, [])
                #expect(!namesTheApp(text), "\(key).\(language) names the app: \(text)")
            }
            // And as the unlock screen's model says them: after a wrong passphrase, after the one
            // that made the core wipe, and after a failure that is neither.
            let fake = FakeVault()
            fake.lock()
            let model = UnlockViewModel(vault: fake, words: Words(texts: catalog, language: language)) {}
            for error in [WaveError.WrongPassphrase, .NoVault, .KeystoreUnavailable(message: "Wave: no enclave")] {
                fake.unlockError = error
                model.passphrase = "not the passphrase"
                await model.open()
                let shown = model.messageText ?? ""
                #expect(!shown.isEmpty && model.readAloudText == shown)
                #expect(!namesTheApp(shown), "\(language) after \(error): \(shown)")
            }
        }
        #expect(namesTheApp("Wave-ті ашпады") && namesTheApp("не открыла вейв"), "the check finds the name")
    }

    @Test func pluralsAndPlaceholdersAreFilledPerLanguage() throws {
        let catalog = try loadCatalog()
        #expect(catalog.text("welcome.wipe.after", language: "en", [.number(1)]) == "After 1 wrong passphrase")
        #expect(catalog.text("welcome.wipe.after", language: "en", [.number(5)]) == "After 5 wrong passphrases")
        #expect(catalog.text("welcome.wipe.after", language: "uk", [.number(21)]).hasSuffix("неправильної фрази"))
        #expect(catalog.text("welcome.wipe.after", language: "ru", [.number(3)]).hasSuffix("неверных фраз"))
        #expect(catalog.text("checklist.progress", language: "uk", [.number(12), .number(40)]) == "Питання 12 з 40")
        #expect(catalog.text("no.such.key", language: "uk", []) == "no.such.key")
        #expect(catalog.text("home.empty", language: "de", []) == "Nothing recorded yet.", "falls back to English")
        #expect(PluralRule.category(of: 11, language: "uk") == "many")
        #expect(PluralRule.category(of: 22, language: "ru") == "few")
        #expect(PluralRule.category(of: 0, language: "en") == "other")
        #expect(StringCatalog.format("%2$@ %1$@ 100%%", [.text("a"), .text("b")]) == "b a 100%")
        #expect(throws: StringCatalogError.self) { try StringCatalog(json: Data("[]".utf8)) }
        #expect(throws: StringCatalogError.self) {
            try StringCatalog(json: Data(#"{"sourceLanguage":"en","strings":{"k":{"localizations":{"en":{}}}}}"#.utf8))
        }
    }
}

// Owns the app's own words: the `Texts` the view models read every user-visible string from,
// and `StringCatalog`, which reads them from ios/WaveApp/Localizable.xcstrings (a JSON file)
// with Foundation only, so the same catalog the app ships is the one the tests check. The app
// on iOS uses its compiled bundle instead (WaveApp/Support/BundleTexts.swift); both follow the
// catalog's keys and its `%@` / `%lld` placeholders.

import Foundation

/// A value put into a string's placeholder.
public enum TextArgument: Sendable, Equatable {
    case text(String)
    case number(Int)
}

/// Every user-visible string of the shell, by key, in a language the catalog has.
public protocol Texts: Sendable {
    /// The string for `key` in `language`, its placeholders filled in order. A key with plural
    /// variations picks the form for the first `.number` argument.
    func text(_ key: String, language: String, _ arguments: [TextArgument]) -> String
}

/// Why a catalog could not be read.
public struct StringCatalogError: Error, CustomStringConvertible, Equatable {
    public let description: String
}

/// A parsed `.xcstrings` file: for each key, each language's string or plural forms.
public struct StringCatalog: Texts {
    /// One language's string: plain, or a form per CLDR plural category.
    public enum Entry: Sendable, Equatable {
        case plain(String)
        case plural([String: String])
    }

    public let sourceLanguage: String
    /// key → language → entry.
    public let entries: [String: [String: Entry]]

    public init(contentsOf url: URL) throws {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StringCatalogError(description: "cannot read \(url.lastPathComponent): \(error.localizedDescription)")
        }
        try self.init(json: data)
    }

    public init(json data: Data) throws {
        let root: Any
        do {
            root = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StringCatalogError(description: "the string catalog is not JSON: \(error.localizedDescription)")
        }
        guard let object = root as? [String: Any],
            let source = object["sourceLanguage"] as? String,
            let strings = object["strings"] as? [String: Any]
        else {
            throw StringCatalogError(description: "the string catalog has no sourceLanguage or strings")
        }
        var entries: [String: [String: Entry]] = [:]
        for (key, value) in strings {
            guard let localizations = (value as? [String: Any])?["localizations"] as? [String: Any]
            else {
                throw StringCatalogError(description: "\(key): no localizations")
            }
            var byLanguage: [String: Entry] = [:]
            for (language, localization) in localizations {
                guard let localization = localization as? [String: Any] else {
                    throw StringCatalogError(description: "\(key).\(language): not an object")
                }
                byLanguage[language] = try Self.entry(localization, at: "\(key).\(language)")
            }
            entries[key] = byLanguage
        }
        sourceLanguage = source
        self.entries = entries
    }

    private static func entry(_ localization: [String: Any], at path: String) throws -> Entry {
        if let value = (localization["stringUnit"] as? [String: Any])?["value"] as? String {
            return .plain(value)
        }
        if let plural = (localization["variations"] as? [String: Any])?["plural"] as? [String: Any] {
            var forms: [String: String] = [:]
            for (category, form) in plural {
                guard let value = ((form as? [String: Any])?["stringUnit"] as? [String: Any])?["value"] as? String
                else {
                    throw StringCatalogError(description: "\(path).\(category): no stringUnit value")
                }
                forms[category] = value
            }
            guard forms["other"] != nil else {
                throw StringCatalogError(description: "\(path): plural forms without 'other'")
            }
            return .plural(forms)
        }
        throw StringCatalogError(description: "\(path): neither a stringUnit nor plural variations")
    }

    public func text(_ key: String, language: String, _ arguments: [TextArgument]) -> String {
        // A missing translation falls back to the source language, then to the key itself, so a
        // gap shows as an odd word rather than a crash; the catalog test keeps gaps out.
        guard let byLanguage = entries[key],
            let (entry, used) = byLanguage[language].map({ ($0, language) })
                ?? byLanguage[sourceLanguage].map({ ($0, sourceLanguage) })
        else { return key }
        let format: String
        switch entry {
        case .plain(let value):
            format = value
        case .plural(let forms):
            let count = arguments.lazy.compactMap { argument -> Int? in
                if case .number(let n) = argument { return n }
                return nil
            }.first ?? 0
            let category = PluralRule.category(of: count, language: used)
            format = forms[category] ?? forms["other"] ?? key
        }
        return Self.format(format, arguments)
    }

    /// Fills `%@`, `%lld`, `%d` and their positional forms (`%1$@`) with the arguments, and
    /// turns `%%` into `%`. Anything else after `%` is left as it is.
    static func format(_ format: String, _ arguments: [TextArgument]) -> String {
        var result = ""
        var next = 0
        var rest = Substring(format)
        while let percent = rest.firstIndex(of: "%") {
            result += rest[..<percent]
            var cursor = rest.index(after: percent)
            if cursor < rest.endIndex, rest[cursor] == "%" {
                result += "%"
                rest = rest[rest.index(after: cursor)...]
                continue
            }
            var position: Int?
            let digits = rest[cursor...].prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, rest[digits.endIndex...].first == "$" {
                position = Int(digits).map { $0 - 1 }
                cursor = rest.index(after: digits.endIndex)
            }
            let specifiers = ["lld", "ld", "d", "@"]
            guard let specifier = specifiers.first(where: { rest[cursor...].hasPrefix($0) }) else {
                result += "%"
                rest = rest[rest.index(after: percent)...]
                continue
            }
            let index = position ?? next
            next = index + 1
            if arguments.indices.contains(index) {
                switch arguments[index] {
                case .text(let text): result += text
                case .number(let number): result += String(number)
                }
            }
            rest = rest[rest.index(cursor, offsetBy: specifier.count)...]
        }
        result += rest
        return result
    }
}

/// CLDR cardinal plural categories for the languages the app speaks (whole numbers only: every
/// count the app shows is one). Georgian, Kazakh and Kyrgyz have only "one" and "other".
public enum PluralRule {
    public static func category(of n: Int, language: String) -> String {
        switch language {
        case "ru", "uk", "be":
            let last = abs(n) % 10
            let lastTwo = abs(n) % 100
            if last == 1 && lastTwo != 11 { return "one" }
            if (2...4).contains(last) && !(12...14).contains(lastTwo) { return "few" }
            return "many"
        case "ro":
            if n == 1 { return "one" }
            if n == 0 || (1...19).contains(abs(n) % 100) { return "few" }
            return "other"
        default:
            return n == 1 ? "one" : "other"
        }
    }

    /// The categories a language's plural strings must have.
    public static func categories(language: String) -> Set<String> {
        switch language {
        case "ru", "uk", "be": return ["one", "few", "many", "other"]
        case "ro": return ["one", "few", "other"]
        default: return ["one", "other"]
        }
    }
}

/// The view models' handle on the words: the texts and the language they are shown in.
public struct Words: Sendable {
    public let texts: any Texts
    public let language: String

    public init(texts: any Texts, language: String) {
        self.texts = texts
        self.language = language
    }

    public func callAsFunction(_ key: String, _ arguments: TextArgument...) -> String {
        texts.text(key, language: language, arguments)
    }
}

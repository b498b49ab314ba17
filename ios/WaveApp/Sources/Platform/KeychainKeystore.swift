// Owns the device-bound secret the core mixes into every key slot (`PlatformKeystore`): 32 random
// bytes, stored in the Keychain only encrypted to a Secure Enclave P-256 key (ECIES), both items
// `kSecAttrAccessibleWhenUnlockedThisDeviceOnly` and never synchronizable, so a copied vault,
// an iCloud Keychain or a backup restored to another phone cannot open it.

import Foundation
import Security
import WaveCore

final class KeychainKeystore: PlatformKeystore, @unchecked Sendable {
    private let keyTag = Data("org.wave.app.keystore.enclave".utf8)
    private let service = "org.wave.app.keystore"
    private let account = "device-secret"
    private let algorithm = SecKeyAlgorithm.eciesEncryptionCofactorVariableIVX963SHA256AESGCM
    private let lock = NSLock()

    func secret() throws -> Data {
        lock.lock()
        defer { lock.unlock() }
        if let wrapped = try storedSecret() {
            let key = try enclaveKey(createIfMissing: false)
            var error: Unmanaged<CFError>?
            guard let plain = SecKeyCreateDecryptedData(key, algorithm, wrapped as CFData, &error) as Data? else {
                throw unavailable("the secure enclave did not unwrap the secret", error)
            }
            return plain
        }
        return try createSecret()
    }

    /// After a panic wipe: the next vault gets a new secret.
    func destroy() {
        lock.lock()
        defer { lock.unlock() }
        SecItemDelete(passwordQuery() as CFDictionary)
        SecItemDelete([kSecClass: kSecClassKey, kSecAttrApplicationTag: keyTag] as CFDictionary)
    }

    private func createSecret() throws -> Data {
        var bytes = Data(count: 32)
        let status = bytes.withUnsafeMutableBytes { buffer -> OSStatus in
            guard let base = buffer.baseAddress else { return errSecAllocate }
            return SecRandomCopyBytes(kSecRandomDefault, buffer.count, base)
        }
        guard status == errSecSuccess else { throw WaveError.KeystoreUnavailable(message: "no random bytes (\(status))") }
        let key = try enclaveKey(createIfMissing: true)
        guard let publicKey = SecKeyCopyPublicKey(key), SecKeyIsAlgorithmSupported(publicKey, .encrypt, algorithm) else {
            throw WaveError.KeystoreUnavailable(message: "the secure enclave key cannot encrypt")
        }
        var error: Unmanaged<CFError>?
        guard let wrapped = SecKeyCreateEncryptedData(publicKey, algorithm, bytes as CFData, &error) as Data? else {
            throw unavailable("the secret could not be wrapped", error)
        }
        var item = passwordQuery()
        item[kSecValueData] = wrapped
        item[kSecAttrAccessible] = kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        let added = SecItemAdd(item as CFDictionary, nil)
        guard added == errSecSuccess else {
            throw WaveError.KeystoreUnavailable(message: "the Keychain refused the secret (\(added))")
        }
        return bytes
    }

    private func storedSecret() throws -> Data? {
        var query = passwordQuery()
        query[kSecReturnData] = true
        query[kSecMatchLimit] = kSecMatchLimitOne
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess: return result as? Data
        case errSecItemNotFound: return nil
        default: throw WaveError.KeystoreUnavailable(message: "the Keychain did not answer (\(status))")
        }
    }

    private func enclaveKey(createIfMissing: Bool) throws -> SecKey {
        let query: [CFString: Any] = [
            kSecClass: kSecClassKey, kSecAttrApplicationTag: keyTag, kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef: true,
        ]
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecSuccess, let result {
            return result as! SecKey  // A kSecClassKey query with kSecReturnRef returns a SecKey.
        }
        guard createIfMissing else {
            throw WaveError.KeystoreUnavailable(message: "the secure enclave key is gone (\(status))")
        }
        var error: Unmanaged<CFError>?
        guard
            let access = SecAccessControlCreateWithFlags(
                nil, kSecAttrAccessibleWhenUnlockedThisDeviceOnly, .privateKeyUsage, &error)
        else { throw unavailable("no access control", error) }
        let attributes: [CFString: Any] = [
            kSecAttrKeyType: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits: 256,
            kSecAttrTokenID: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs: [
                kSecAttrIsPermanent: true, kSecAttrApplicationTag: keyTag, kSecAttrAccessControl: access,
            ] as [CFString: Any],
        ]
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw unavailable("this phone has no secure enclave key", error)
        }
        return key
    }

    private func passwordQuery() -> [CFString: Any] {
        [
            kSecClass: kSecClassGenericPassword, kSecAttrService: service, kSecAttrAccount: account,
            kSecAttrSynchronizable: false,
        ]
    }

    private func unavailable(_ what: String, _ error: Unmanaged<CFError>?) -> WaveError {
        let detail = error.map { ($0.takeRetainedValue() as Error).localizedDescription } ?? "no detail"
        return WaveError.KeystoreUnavailable(message: "\(what): \(detail)")
    }
}

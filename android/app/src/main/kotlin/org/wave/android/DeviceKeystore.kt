//! The PlatformKeystore on the Android Keystore: a random 32-byte device secret, kept only
//! wrapped (AES-GCM) by a non-exportable Keystore key (StrongBox where the phone has it), so the
//! vault cannot be opened on another device even with the passphrase. No user authentication is
//! required on the key: the duress passphrase must open Wave exactly like the real one, with no
//! extra prompt that would tell them apart.
package org.wave.android

import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import java.io.File
import java.security.KeyStore
import java.security.SecureRandom
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import org.wave.core.PlatformKeystore
import org.wave.core.WaveException

class DeviceKeystore(private val wrappedFile: File) : PlatformKeystore {
    private val lock = Any()

    override fun secret(): ByteArray = synchronized(lock) {
        try {
            val key = key()
            if (wrappedFile.exists()) unwrap(key, wrappedFile.readBytes()) else create(key)
        } catch (e: WaveException) {
            throw e
        } catch (e: Exception) {
            // The exception's class only: its message may describe key material.
            throw WaveException.KeystoreUnavailable(e.javaClass.simpleName)
        }
    }

    private fun key(): SecretKey {
        val store = KeyStore.getInstance(PROVIDER).apply { load(null) }
        (store.getKey(ALIAS, null) as? SecretKey)?.let { return it }
        return try {
            generate(strongBox = Build.VERSION.SDK_INT >= 28)
        } catch (e: Exception) {
            if (Build.VERSION.SDK_INT >= 28 && e is StrongBoxUnavailableException) generate(strongBox = false) else throw e
        }
    }

    private fun generate(strongBox: Boolean): SecretKey {
        val spec = KeyGenParameterSpec.Builder(ALIAS, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setUserAuthenticationRequired(false)
            .apply { if (Build.VERSION.SDK_INT >= 28) setIsStrongBoxBacked(strongBox) }
            .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER).run {
            init(spec)
            generateKey()
        }
    }

    /** First use: a fresh random secret, wrapped and written durably before it is used. */
    private fun create(key: SecretKey): ByteArray {
        val secret = ByteArray(SECRET_BYTES).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance(TRANSFORMATION).apply { init(Cipher.ENCRYPT_MODE, key) }
        val sealed = cipher.iv + cipher.doFinal(secret)
        val partial = File(wrappedFile.path + ".partial")
        partial.outputStream().use {
            it.write(sealed)
            it.fd.sync()
        }
        if (!partial.renameTo(wrappedFile)) throw WaveException.KeystoreUnavailable("could not store the wrapped secret")
        return secret
    }

    private fun unwrap(key: SecretKey, sealed: ByteArray): ByteArray {
        if (sealed.size <= IV_BYTES) throw WaveException.KeystoreUnavailable("the wrapped secret is damaged")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(128, sealed, 0, IV_BYTES))
        return cipher.doFinal(sealed, IV_BYTES, sealed.size - IV_BYTES)
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val ALIAS = "wave-device-secret"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val IV_BYTES = 12
        const val SECRET_BYTES = 32
    }
}

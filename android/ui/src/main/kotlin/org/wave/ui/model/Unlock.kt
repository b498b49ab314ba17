//! The unlock screen's state holder: one passphrase field, and one message when it does not
//! open the vault. It says nothing else about the vault: no attempt count, no hint of a duress
//! passphrase or a wipe, and a duress unlock goes exactly where a real one does.
package org.wave.ui.model

import kotlinx.coroutines.flow.MutableStateFlow
import kotlinx.coroutines.flow.StateFlow
import kotlinx.coroutines.flow.asStateFlow
import org.wave.core.WaveException

data class UnlockState(
    val passphrase: String = "",
    val working: Boolean = false,
    /** "That did not work. Try again." — nothing that names Wave to whoever holds the phone. */
    val wrong: Boolean = false,
    val failed: Boolean = false,
)

class UnlockModel(private val app: WaveApp) {
    private val _state = MutableStateFlow(UnlockState())
    val state: StateFlow<UnlockState> = _state.asStateFlow()

    /** The screen's title: the name the launcher shows, so a camouflaged Wave does not name
     *  itself the moment it opens. */
    val titleKey: String
        get() = when (app.prefs.camouflage) {
            Camouflage.WAVE -> "app_name"
            Camouflage.CALCULATOR -> "app_name_calculator"
            Camouflage.NOTES -> "app_name_notes"
        }

    fun passphraseChanged(passphrase: String) {
        _state.value = _state.value.copy(passphrase = passphrase, wrong = false, failed = false)
    }

    suspend fun open() {
        val passphrase = _state.value.passphrase
        if (passphrase.isEmpty() || _state.value.working) return
        _state.value = UnlockState(working = true)
        try {
            app.vault.unlock(passphrase)
        } catch (e: WaveException.WrongPassphrase) {
            wrong()
            return
        } catch (e: WaveException.NoVault) {
            // The failure that reached the wipe limit: the same words as any wrong passphrase;
            // the next launch finds no vault and shows the welcome screens.
            wrong()
            return
        } catch (e: WaveException) {
            _state.value = UnlockState(failed = true)
            return
        }
        _state.value = UnlockState()
        app.opened()
    }

    private fun wrong() {
        _state.value = UnlockState(wrong = true)
    }
}

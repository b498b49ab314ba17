//! The pieces every screen is made of: the theme, the app's strings as a composition local, text
//! that reports when it would be cut off, the frame with quick exit and read aloud in the same
//! place on every screen, and buttons, fields and choice rows with labels and 48 dp targets.
package org.wave.ui.screens

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.Button
import androidx.compose.material3.ButtonDefaults
import androidx.compose.material3.Card
import androidx.compose.material3.CardDefaults
import androidx.compose.material3.Checkbox
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.material3.lightColorScheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.runtime.staticCompositionLocalOf
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.contentDescription
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextLayoutResult
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.text.input.PasswordVisualTransformation
import androidx.compose.ui.text.input.VisualTransformation
import androidx.compose.ui.unit.dp
import org.wave.ui.model.Texts

/** The app's strings for the screens below. */
val LocalTexts = staticCompositionLocalOf<Texts> { error("no Texts provided") }

/** Receives every text layout that would be cut off or overflow its box; the UI tests collect
 *  them, the app leaves the default (nothing). */
fun interface OverflowReport {
    fun overflowed(text: String)
}

val LocalOverflowReport = staticCompositionLocalOf { OverflowReport { } }

/**
 * The scope screen actions run in: the root's, not the screen's, because an action that moves
 * to another screen (open a record, unlock) must not be cancelled when its screen leaves.
 */
val LocalActionScope = staticCompositionLocalOf<kotlinx.coroutines.CoroutineScope> { error("no action scope") }

/** Quick exit, provided once by the root so every screen has it in the same place. */
val LocalQuickExit = staticCompositionLocalOf<() -> Unit> { {} }

/**
 * The keyboard case text asks for: no autocorrection or suggestions. Android's build provides one
 * that also asks the keyboard for no personalised learning.
 */
val LocalCaseKeyboard = staticCompositionLocalOf { KeyboardOptions(autoCorrectEnabled = false) }

@Composable
fun tr(key: String, vararg args: Any): String = LocalTexts.current.get(key, *args)

private val Calm = lightColorScheme(
    primary = Color(0xFF1F4E79),
    onPrimary = Color.White,
    primaryContainer = Color(0xFFD6E4F0),
    onPrimaryContainer = Color(0xFF0B2238),
    secondary = Color(0xFF3C5A4C),
    secondaryContainer = Color(0xFFDCE9E1),
    onSecondaryContainer = Color(0xFF12261C),
    background = Color(0xFFFAFAF7),
    onBackground = Color(0xFF1B1B1B),
    surface = Color(0xFFFAFAF7),
    onSurface = Color(0xFF1B1B1B),
    surfaceVariant = Color(0xFFE9E8E3),
    onSurfaceVariant = Color(0xFF3D3D3A),
    error = Color(0xFF9A3412),
)

@Composable
fun WaveTheme(texts: Texts, content: @Composable () -> Unit) {
    CompositionLocalProvider(LocalTexts provides texts) {
        MaterialTheme(colorScheme = Calm, content = content)
    }
}

/** Text that wraps rather than truncates, and reports if its layout still overflows. */
@Composable
fun WText(
    text: String,
    modifier: Modifier = Modifier,
    style: TextStyle = MaterialTheme.typography.bodyLarge,
    color: Color = Color.Unspecified,
) {
    val report = LocalOverflowReport.current
    Text(
        text,
        modifier,
        style = style,
        color = color,
        softWrap = true,
        onTextLayout = { layout: TextLayoutResult ->
            if (layout.hasVisualOverflow || layout.didOverflowWidth || layout.didOverflowHeight || breaksWord(text, layout)) {
                report.overflowed(text)
            }
        },
    )
}

/** A line that ends inside a word: the box was too narrow for the word ("Ви|хід"). */
internal fun breaksWord(text: String, layout: TextLayoutResult): Boolean {
    for (line in 0 until layout.lineCount - 1) {
        val end = layout.getLineEnd(line)
        if (end <= 0 || end >= text.length) continue
        if (text[end - 1].isLetterOrDigit() && text[end].isLetterOrDigit()) return true
    }
    return false
}

@Composable
fun Heading(text: String) {
    WText(text, Modifier.semantics { heading() }, style = MaterialTheme.typography.headlineSmall)
}

/**
 * Every screen's frame: back (when there is somewhere to go), read aloud and quick exit (top end)
 * in the top row, always in the same places, then the content, scrollable so nothing is ever cut off.
 */
@Composable
fun Frame(
    onReadAloud: () -> Unit,
    onBack: (() -> Unit)? = null,
    content: @Composable ColumnScope.() -> Unit,
) {
    Surface(Modifier.fillMaxSize(), color = MaterialTheme.colorScheme.background) {
        Column(Modifier.fillMaxSize()) {
            Row(
                Modifier.fillMaxWidth().padding(horizontal = 8.dp, vertical = 4.dp),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                if (onBack != null) {
                    // A glyph, not a word: the row must keep room for quick exit in every language.
                    val back = tr("back")
                    TextButton(onClick = onBack, modifier = Modifier.heightIn(min = 48.dp).widthIn(min = 48.dp).semantics { contentDescription = back }) {
                        WText("‹", style = MaterialTheme.typography.titleLarge)
                    }
                }
                // Quick exit is measured first and never squeezed; read aloud takes what is left and
                // wraps onto two lines in languages where its words are long.
                Box(Modifier.weight(1f), contentAlignment = Alignment.CenterEnd) {
                    val readDescription = tr("read_aloud_description")
                    TextButton(onClick = onReadAloud, modifier = Modifier.heightIn(min = 48.dp).semantics { contentDescription = readDescription }) {
                        WText(tr("read_aloud"), style = MaterialTheme.typography.labelLarge)
                    }
                }
                val exitDescription = tr("quick_exit_description")
                FilledTonalButton(
                    onClick = LocalQuickExit.current,
                    modifier = Modifier.heightIn(min = 48.dp).semantics { contentDescription = exitDescription },
                ) {
                    WText(tr("quick_exit"), style = MaterialTheme.typography.labelLarge)
                }
            }
            Column(
                Modifier.fillMaxWidth().weight(1f).verticalScroll(rememberScrollState()).padding(horizontal = 20.dp, vertical = 8.dp),
                verticalArrangement = Arrangement.spacedBy(12.dp),
                content = content,
            )
        }
    }
}

@Composable
fun Primary(text: String, onClick: () -> Unit, enabled: Boolean = true) {
    Button(onClick = onClick, enabled = enabled, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
        WText(text, style = MaterialTheme.typography.labelLarge)
    }
}

@Composable
fun Secondary(text: String, onClick: () -> Unit, enabled: Boolean = true) {
    OutlinedButton(onClick = onClick, enabled = enabled, modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp)) {
        WText(text, style = MaterialTheme.typography.labelLarge)
    }
}

/** For the one destructive action (panic wipe, delete): the error colour, still calm. */
@Composable
fun Destructive(text: String, onClick: () -> Unit) {
    Button(
        onClick = onClick,
        modifier = Modifier.fillMaxWidth().heightIn(min = 48.dp),
        colors = ButtonDefaults.buttonColors(containerColor = MaterialTheme.colorScheme.error),
    ) {
        WText(text, style = MaterialTheme.typography.labelLarge)
    }
}

@Composable
fun Field(
    value: String,
    onChange: (String) -> Unit,
    label: String,
    secret: Boolean = false,
    singleLine: Boolean = true,
    keyboardType: KeyboardType? = null,
    modifier: Modifier = Modifier,
) {
    val case = LocalCaseKeyboard.current
    val options = when {
        secret -> KeyboardOptions(keyboardType = KeyboardType.Password, autoCorrectEnabled = false)
        keyboardType != null -> case.copy(keyboardType = keyboardType)
        else -> case
    }
    OutlinedTextField(
        value = value,
        onValueChange = onChange,
        label = { WText(label, style = MaterialTheme.typography.bodyMedium) },
        singleLine = singleLine,
        minLines = if (singleLine) 1 else 4,
        visualTransformation = if (secret) PasswordVisualTransformation() else VisualTransformation.None,
        keyboardOptions = options,
        modifier = modifier.fillMaxWidth().heightIn(min = 48.dp),
    )
}

/** A radio row: the whole row is the target, labelled by its text. */
@Composable
fun RadioRow(label: String, selected: Boolean, onSelect: () -> Unit, help: String? = null) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).selectable(selected = selected, onClick = onSelect, role = Role.RadioButton),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null)
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            WText(label)
            if (help != null) WText(help, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
        }
    }
}

@Composable
fun CheckRow(label: String, checked: Boolean, onToggle: (Boolean) -> Unit, help: String? = null) {
    Row(
        Modifier.fillMaxWidth().heightIn(min = 48.dp).toggleable(value = checked, onValueChange = onToggle, role = Role.Checkbox),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            WText(label)
            if (help != null) WText(help, style = MaterialTheme.typography.bodySmall, color = MaterialTheme.colorScheme.onSurfaceVariant)
        }
    }
}

/** A calm boxed message: information, or what needs correcting. */
@Composable
fun Notice(text: String, warning: Boolean = false) {
    Card(
        colors = CardDefaults.cardColors(
            containerColor = if (warning) Color(0xFFFBE9E2) else MaterialTheme.colorScheme.secondaryContainer,
            contentColor = if (warning) Color(0xFF5A1E08) else MaterialTheme.colorScheme.onSecondaryContainer,
        ),
        modifier = Modifier.fillMaxWidth(),
    ) {
        WText(text, Modifier.padding(12.dp), style = MaterialTheme.typography.bodyMedium)
    }
}

@Composable
fun Muted(text: String) {
    WText(text, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
}

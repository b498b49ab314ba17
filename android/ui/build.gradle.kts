// android/ui as an Android library: the same sources the desktop Maven build tests (screens,
// state holders), plus the Kotlin bindings that bindings/scripts/build-android.sh generates.
// The desktop-only pieces (the strings.xml parser) compile here too and are simply unused.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.wave.ui"
    compileSdk = 36
    defaultConfig {
        minSdk = 28
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    sourceSets["main"].java.srcDirs(
        "src/main/kotlin",
        // Generated org.wave.core (build-android.sh); never committed.
        "../app/src/main/java",
    )
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    api(platform(libs.compose.bom))
    api(libs.compose.runtime)
    api(libs.compose.foundation)
    api(libs.compose.ui)
    api(libs.compose.material3)
    api(libs.coroutines.android)
    // The generated bindings load libwave_ffi.so through JNA's Android AAR.
    api("${libs.jna.get()}@aar")
}

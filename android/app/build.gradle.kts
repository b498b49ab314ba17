// The Wave app: android/app's Activity, keystore, worker and resources over android/ui, with
// libwave_ffi.so for each ABI from bindings/scripts/build-android.sh (src/main/jniLibs).
plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.compose)
}

android {
    namespace = "org.wave.android"
    compileSdk = 36
    defaultConfig {
        applicationId = "org.wave.android"
        minSdk = 28
        targetSdk = 36
        versionCode = 1
        versionName = "0.1.0"
    }
    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
            // Signing is configured outside the repository (README.md, "Signing").
        }
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    sourceSets["main"].java.srcDirs("src/main/kotlin")
    // The generated bindings are compiled in :ui, not here.
    sourceSets["main"].java.exclude("org/wave/core/**")
}

kotlin {
    jvmToolchain(17)
}

dependencies {
    implementation(project(":ui"))
    implementation(libs.activity.compose)
    implementation(libs.lifecycle.runtime)
    implementation(libs.work.runtime)
    implementation(libs.core)
    implementation(libs.zxing.core)
}

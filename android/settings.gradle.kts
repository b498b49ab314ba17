// Wave's Android build: the app and the shared UI module. Run from this folder with Android
// Studio or a Gradle with the Android SDK (see README.md); not run on the build machine.
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}
rootProject.name = "wave-android"
include(":app", ":ui")

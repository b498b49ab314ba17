// swift-tools-version:6.0
// The iOS shell's view models, navigation state and the protocols they use over the core, as a
// library with no UI import: the app (ios/WaveApp, Xcode) draws them with SwiftUI, and
// ios/scripts/test runs their tests on Linux against the real core.
//
// WaveCore (the generated Swift bindings over the Rust library) is a local package: on a Mac,
// the one bindings/scripts/build-ios.sh writes to target/ios/WaveCore; on Linux, the one
// ios/scripts/test writes over the host's debug library. WAVE_CORE_PACKAGE overrides the path.
import PackageDescription

let corePackage = Context.environment["WAVE_CORE_PACKAGE"] ?? "../../target/ios/WaveCore"

let package = Package(
    name: "WaveShell",
    platforms: [.iOS(.v17), .macOS(.v14)],
    products: [.library(name: "WaveShell", targets: ["WaveShell"])],
    dependencies: [.package(name: "WaveCore", path: corePackage)],
    targets: [
        // Linux only: Debian's Swift 6.0 Observation library needs a symbol nothing defines
        // (swiftlang/swift#75670). Never built for iOS.
        .target(name: "LinuxThreadingShim"),
        .target(
            name: "WaveShell",
            dependencies: [
                .product(name: "WaveCore", package: "WaveCore"),
                .target(name: "LinuxThreadingShim", condition: .when(platforms: [.linux])),
            ]
        ),
        .testTarget(
            name: "WaveShellTests",
            dependencies: ["WaveShell", .product(name: "WaveCore", package: "WaveCore")]
        ),
    ]
)

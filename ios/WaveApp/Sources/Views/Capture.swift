// Owns attachment capture: the camera (photo or video) through UIImagePickerController, the
// microphone through AVAudioRecorder, and "Choose a file" through the file importer. Everything
// is written into CaptureFolder, a subfolder of the app's own temporary folder (never the photo
// library or shared storage), then ChecklistViewModel.addAttachment streams it into the vault and
// deletes it; AppModel empties the folder at launch and on every lock.

import AVFoundation
import SwiftUI
import UIKit
import UniformTypeIdentifiers
import WaveCore
import WaveShell

struct AttachmentAnswer: View {
    @Environment(AppModel.self) private var app
    let question: QuestionRecord
    let model: ChecklistViewModel
    @State private var camera: [String]?
    @State private var importing = false
    @State private var recorder = AudioCapture()

    var body: some View {
        ForEach(model.attachments, id: \.id) { attachment in
            HStack {
                Text(verbatim: attachment.mediaType)
                Text(verbatim: ByteCountFormatter.string(fromByteCount: Int64(attachment.size), countStyle: .file))
                Spacer()
                Button(app.words("checklist.remove"), role: .destructive) { model.askRemoveAttachment(attachment.id) }
            }
        }
        Text(verbatim: app.words("checklist.attach.reason")).font(.footnote)
        if question.media.contains("photo") {
            Button(app.words("checklist.attach.photo")) { camera = [UTType.image.identifier] }
        }
        if question.media.contains("video") {
            Button(app.words("checklist.attach.video")) { camera = [UTType.movie.identifier] }
        }
        if question.media.contains("audio") {
            Button(app.words("checklist.attach.audio")) {
                Task {
                    if let file = await recorder.toggle() {
                        await model.addAttachment(file: file, mediaType: "audio/mp4", fileName: nil)
                    }
                }
            }
        }
        Button(app.words("checklist.attach.file")) { importing = true }
            .fileImporter(isPresented: $importing, allowedContentTypes: [.item]) { result in
                guard case .success(let picked) = result else { return }
                Task { await importFile(picked) }
            }
            .fullScreenCover(isPresented: Binding(get: { camera != nil }, set: { if !$0 { camera = nil } })) {
                CameraCapture(mediaTypes: camera ?? []) { file, type in
                    camera = nil
                    if let file { Task { await model.addAttachment(file: file, mediaType: type, fileName: nil) } }
                }
                .ignoresSafeArea()
            }
    }

    /// A picked file is copied into the capture folder first: the vault streams from there, and
    /// the copy is deleted afterwards, as a capture is.
    private func importFile(_ picked: URL) async {
        let access = picked.startAccessingSecurityScopedResource()
        defer { if access { picked.stopAccessingSecurityScopedResource() } }
        let copy = CaptureFolder.url.appendingPathComponent(UUID().uuidString)
        do {
            try FileManager.default.copyItem(at: picked, to: copy)
        } catch {
            return
        }
        let type = UTType(filenameExtension: picked.pathExtension)?.preferredMIMEType ?? "application/octet-stream"
        await model.addAttachment(file: copy, mediaType: type, fileName: picked.lastPathComponent)
    }
}

/// The system camera; the result is written to the capture folder, never saved to Photos.
struct CameraCapture: UIViewControllerRepresentable {
    let mediaTypes: [String]
    let done: (URL?, String) -> Void

    func makeUIViewController(context: Context) -> UIImagePickerController {
        let picker = UIImagePickerController()
        picker.sourceType = .camera
        picker.mediaTypes = mediaTypes
        picker.delegate = context.coordinator
        return picker
    }

    func updateUIViewController(_ picker: UIImagePickerController, context: Context) {}

    func makeCoordinator() -> Coordinator { Coordinator(done: done) }

    final class Coordinator: NSObject, UIImagePickerControllerDelegate, UINavigationControllerDelegate {
        let done: (URL?, String) -> Void

        init(done: @escaping (URL?, String) -> Void) { self.done = done }

        func imagePickerController(
            _ picker: UIImagePickerController, didFinishPickingMediaWithInfo info: [UIImagePickerController.InfoKey: Any]
        ) {
            let folder = CaptureFolder.url
            if let movie = info[.mediaURL] as? URL {
                let target = folder.appendingPathComponent(UUID().uuidString + ".mov")
                do {
                    try FileManager.default.moveItem(at: movie, to: target)
                    done(target, "video/quicktime")
                } catch {
                    try? FileManager.default.removeItem(at: movie)
                    done(nil, "")
                }
            } else if let image = info[.originalImage] as? UIImage, let jpeg = image.jpegData(compressionQuality: 0.9) {
                let target = folder.appendingPathComponent(UUID().uuidString + ".jpg")
                do {
                    try jpeg.write(to: target, options: [.completeFileProtection])
                    done(target, "image/jpeg")
                } catch {
                    done(nil, "")
                }
            } else {
                done(nil, "")
            }
        }

        func imagePickerControllerDidCancel(_ picker: UIImagePickerController) { done(nil, "") }
    }
}

/// Records from the microphone into the capture folder; a second tap stops and returns the file.
@MainActor @Observable
final class AudioCapture {
    @ObservationIgnored private var recorder: AVAudioRecorder?

    func toggle() async -> URL? {
        if let recorder {
            recorder.stop()
            self.recorder = nil
            try? AVAudioSession.sharedInstance().setActive(false)
            return recorder.url
        }
        guard await AVAudioApplication.requestRecordPermission() else { return nil }
        let file = CaptureFolder.url.appendingPathComponent(UUID().uuidString + ".m4a")
        let settings: [String: Any] = [
            AVFormatIDKey: kAudioFormatMPEG4AAC, AVSampleRateKey: 44_100, AVNumberOfChannelsKey: 1,
        ]
        do {
            try AVAudioSession.sharedInstance().setCategory(.record, mode: .default)
            try AVAudioSession.sharedInstance().setActive(true)
            let recorder = try AVAudioRecorder(url: file, settings: settings)
            guard recorder.record() else { return nil }
            self.recorder = recorder
        } catch {
            try? FileManager.default.removeItem(at: file)
        }
        return nil
    }
}

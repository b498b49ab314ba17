// Owns the enrollment screen's layout: paste or scan, what the code names, connect.

import SwiftUI
import WaveShell

struct EnrollView: View {
    @Environment(AppModel.self) private var app
    @Bindable var model: EnrollViewModel
    @State private var scanning = false

    var body: some View {
        Form {
            switch model.phase {
            case .entry, .failed:
                Section {
                    Text(verbatim: app.words("enroll.entry"))
                    TextField("wave-enroll:1:…", text: $model.code, axis: .vertical)
                        .autocorrectionDisabled()
                        .textInputAutocapitalization(.never)
                    if let failure = model.failureText { Text(verbatim: failure).foregroundStyle(.red) }
                }
                Button(app.words("enroll.review")) { model.review() }.disabled(!model.canReview)
                Button(app.words("enroll.scan")) { scanning = true }
            case .confirm:
                Text(verbatim: model.confirmText ?? "")
                Button(app.words("enroll.connect")) { Task { await model.connect() } }
            case .working:
                ProgressView()
            case .done:
                Text(verbatim: app.words("enroll.done"))
                Button(app.words("common.done")) { model.finish() }
            }
            Button(app.words("common.cancel"), role: .cancel) { model.cancel() }
        }
        .sheet(isPresented: $scanning) {
            CodeScanner { text in
                scanning = false
                model.scanned(text)
            }
        }
        .navigationBarBackButtonHidden()
    }
}

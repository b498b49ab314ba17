// Owns the home screen's layout: the four groups, the sync line and the actions.

import SwiftUI
import WaveShell

struct HomeView: View {
    @Environment(AppModel.self) private var app
    let model: HomeViewModel

    var body: some View {
        List {
            Section {
                Text(verbatim: model.syncLineText)
                if model.syncLine == .notEnrolled {
                    Button(app.words("home.connect")) { model.connect() }
                }
                Text(verbatim: model.syncNote).font(.footnote)
                if model.canSendNow {
                    Button(app.words("home.sendNow")) { Task { await model.sendNow() } }
                }
            }
            if let failure = model.failure { Text(verbatim: failure) }
            if model.isEmpty {
                Text(verbatim: model.emptyText)
            }
            ForEach(HomeViewModel.Group.allCases, id: \.self) { group in
                let rows = model.rows(in: group)
                if !rows.isEmpty {
                    Section(model.title(of: group)) {
                        ForEach(rows) { row in
                            VStack(alignment: .leading) {
                                Text(verbatim: row.title)
                                Text(row.updated, style: .date).font(.footnote)
                                if let reason = row.reason {
                                    Text(verbatim: reason).font(.footnote)
                                    Button(app.words("home.correct")) { model.correct(row) }
                                }
                            }
                            .contentShape(Rectangle())
                            .onTapGesture { model.open(row) }
                        }
                    }
                }
            }
        }
        .safeAreaInset(edge: .bottom) {
            HStack {
                Button(app.words("home.newRecord")) { model.newRecord() }.buttonStyle(.borderedProminent)
                Button(app.words("home.settings")) { model.openSettings() }
            }
            .padding()
        }
        .refreshable { model.refresh() }
        .navigationBarBackButtonHidden()
    }
}

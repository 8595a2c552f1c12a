import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// Model control from the picker: details (Tab), loaded marks, pulling a name not installed, and
/// deleting (Delete, asked first).
struct ModelControlTests {
    let start = Moment.now

    /// Connected to tiny:latest with the picker open on the two captured models.
    func pickerOpen() -> AppState {
        var state = AppState.connected()
        state.press(.function(3))
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        return state
    }

    @Test func tabShowsTheSelectedModelsDetailsAskingTheServerOnceAndEscGoesBack() throws {
        var state = pickerOpen()
        #expect(state.press(.tab) == [.showModel("tiny:latest")])
        guard case .modelDetails(let panel) = state.overlay else {
            Issue.record("no details overlay")
            return
        }
        #expect(panel.model == "tiny:latest" && state.detailsRows(of: "tiny:latest") == nil)
        _ = state.update(.modelShown("tiny:latest", .success(ModelDetails(capabilities: ["completion"]))))
        let rows = try #require(state.detailsRows(of: "tiny:latest"))
        #expect(rows.map(\.value).contains("chat"))
        state.press(.escape)
        #expect(state.picker != nil, "Esc goes back to the picker")
        #expect(state.showDetails(of: "tiny:latest").isEmpty, "known details are not asked again")
    }

    @Test func detailsTheServerCannotGiveSaySo() {
        var state = pickerOpen()
        _ = state.showDetails(of: "tiny:latest")
        _ = state.update(.modelShown("tiny:latest", .failure(.httpStatus(code: 500, message: "boom"))))
        guard case .modelDetails(let panel) = state.overlay else {
            Issue.record("no details overlay")
            return
        }
        #expect(panel.failure == "⚠️ The server did not say: HTTP 500: boom")
    }

    @Test func openingThePickerAsksWhatIsLoadedAndMarksItsRows() {
        var state = AppState.connected()
        #expect(state.press(.function(3)) == [.listModels, .listRunning])
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        let loaded = RunningModel(
            name: "tiny:latest", model: "tiny:latest", size: 1_200_000_000, sizeVRAM: 576_000_000,
            expiresAt: start.date + 240)
        _ = state.update(.runningListed(.success([loaded])), now: start)
        let details = state.picker?.selection.items.map(\.detail)
        #expect(details == ["268.10M · Q4_K_M", "loaded 1.2GB · 48% GPU · unloads in 4 min · 268.10M · Q4_K_M"])
        #expect(state.press(.function(5)) == [.listModels, .listRunning], "F5 asks both again")
    }

    @Test func aGpuShareIsAPercentageOrCpu() {
        let strings = Strings(.english)
        #expect(strings.gpuShare(size: 100, inGPU: 100) == "100% GPU")
        #expect(strings.gpuShare(size: 100, inGPU: 0) == "CPU")
        #expect(strings.gpuShare(size: 100, inGPU: 48) == "48% GPU")
    }

    @Test func enterOnANameNotInstalledPullsItAndThePickerSelectsItAfter() throws {
        var state = pickerOpen()
        state.type("gemma2:2b")
        #expect(
            PickerGeometry(picker: try #require(state.picker), area: Rect(size: state.size), strings: state.strings)
                .message == "no model matches · Enter pulls gemma2:2b")
        #expect(state.press(.enter) == [.pullModel("gemma2:2b")])
        let layer = PullProgress(status: "pulling 1a2b", digest: "sha256:1a2b3c", total: 1000, completed: 0)
        _ = state.update(.pulling("gemma2:2b", .progress(PullProgress(status: "pulling manifest"))), now: start)
        _ = state.update(.pulling("gemma2:2b", .progress(layer)), now: start)
        var half = layer
        half.completed = 500
        _ = state.update(.pulling("gemma2:2b", .progress(half)), now: start + .seconds(1))
        guard case .pull(let panel) = state.overlay else {
            Issue.record("no pull overlay")
            return
        }
        #expect(panel.statuses == ["pulling manifest"])
        #expect(panel.layers.first?.speed == 500 && panel.layers.first?.secondsLeft == 1)
        #expect(state.update(.pulling("gemma2:2b", .finished)) == [.listModels])
        #expect(state.press(.enter) == [], "Enter before the new list pulls nothing again")
        let pulled = ModelSummary(name: "gemma2:2b", size: 1000, parameterSize: "2B", quantization: "Q4_0")
        _ = state.update(.modelsLoaded(.success(capturedModels + [pulled])))
        #expect(state.picker?.selectedModel?.name == "gemma2:2b")
        #expect(state.picker?.note == "✅ gemma2:2b is installed")
        let geometry = PickerGeometry(
            picker: try #require(state.picker), area: Rect(size: state.size), strings: state.strings)
        #expect(geometry.isNote, "news is drawn plain, not as an error")
    }

    @Test func escCancelsAPullAndOnlyAnEndThatStillArrivesIsHeeded() {
        var state = pickerOpen()
        state.type("gemma2:2b")
        state.press(.enter)
        #expect(state.press(.escape) == [.cancelPull])
        guard case .pull(let panel) = state.overlay else {
            Issue.record("no pull overlay")
            return
        }
        #expect(panel.outcome == .cancelled)
        let late = PullProgress(status: "pulling a5fd3b62230a", total: 10, completed: 5)
        #expect(state.update(.pulling("gemma2:2b", .progress(late))).isEmpty)
        guard case .pull(let after) = state.overlay else {
            Issue.record("the pull overlay left")
            return
        }
        #expect(after.outcome == .cancelled && after.layers.count == panel.layers.count, "late progress is dropped")
        #expect(
            state.update(.pulling("gemma2:2b", .finished)) == [.listModels],
            "cancelled too late: the pulled model is listed")
        state.press(.escape)
        #expect(state.picker != nil)
    }

    @Test func helpOverTheDetailsReturnsToThePicker() {
        var state = pickerOpen()
        state.press(.tab)
        state.press(.function(1))
        #expect(state.showingHelp)
        state.press(.escape)
        #expect(state.picker != nil)
    }

    @Test func aFailedPullSaysWhatTheServerSaid() {
        var state = pickerOpen()
        state.type("nosuch")
        state.press(.enter)
        _ = state.update(
            .pulling("nosuch", .failed(.streamError(message: "pull model manifest: file does not exist"))))
        guard case .pull(let panel) = state.overlay else {
            Issue.record("no pull overlay")
            return
        }
        #expect(panel.outcome == .failed("⚠️ Pull failed: pull model manifest: file does not exist"))
    }

    @Test func deleteAsksNamingTheModelAndItsSizeThenDeletes() {
        var state = pickerOpen()
        #expect(state.press(.up, .delete).isEmpty)
        guard case .confirmDeleteModel(let deletion) = state.overlay else {
            Issue.record("no question")
            return
        }
        #expect(deletion.model.name == "gemma3:270m")
        #expect(state.press(.enter) == [.deleteModel("gemma3:270m")])
        #expect(state.picker?.note == "Deleting gemma3:270m…")
        #expect(state.update(.modelDeleted("gemma3:270m", .success(()))) == [.listModels])
        #expect(state.picker?.note == "✅ gemma3:270m deleted")
        #expect(state.model == "tiny:latest")
    }

    @Test func escKeepsTheModel() {
        var state = pickerOpen()
        state.press(.delete)
        #expect(state.press(.escape).isEmpty)
        #expect(state.picker != nil)
    }

    @Test func deletingTheChatsModelLeavesThePickerOpenUntilAnotherIsChosen() {
        var state = pickerOpen()
        state.press(.down, .delete, .enter)
        _ = state.update(.modelDeleted("tiny:latest", .success(())))
        #expect(state.model == nil)
        #expect(state.picker?.canClose == false)
        #expect(state.picker?.message == "⚠️ tiny:latest was the chat's model: choose another")
    }

    @Test func aFailedDeleteSaysWhy() {
        var state = pickerOpen()
        state.press(.delete, .enter)
        _ = state.update(.modelDeleted("gemma3:270m", .failure(.httpStatus(code: 404, message: "model not found"))))
        #expect(state.picker?.message == "⚠️ Not deleted: HTTP 404: model not found")
    }

    @Test func withNoModelsThePickerOpensToPullOne() {
        var state = makeState()
        _ = state.update(.modelsLoaded(.success([])))
        #expect(state.phase == .noModels)
        #expect(state.press(.function(3)) == [.listModels, .listRunning])
        _ = state.update(.modelsLoaded(.success([])))
        let picker = state.picker
        #expect(picker != nil)
        state.type("gemma2:2b")
        #expect(state.press(.enter) == [.pullModel("gemma2:2b")])
    }
}

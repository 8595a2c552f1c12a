import ChatCore
import Foundation
import OllamaKit
import Testing

@testable import TerminalUI

/// The model overlays as pictures: loaded marks, details, a pull's progress and how it ended, the
/// question before a delete, and failures.
struct ModelControlPictureTests {
    let start = Moment.now
    static let digest = "sha256:aeda25e63ebd698fab8638ffb778e68bed908b960d39d0becc650fa981609d25"

    /// Connected to tiny:latest, the picker open, tiny:latest loaded all in GPU memory.
    func pickerOpen() -> AppState {
        var state = AppState.connected()
        state.press(.function(3))
        _ = state.update(.modelsLoaded(.success(capturedModels)))
        let loaded = RunningModel(
            name: "tiny:latest", model: "tiny:latest", size: 1_200_000_000, sizeVRAM: 1_200_000_000,
            expiresAt: start.date + 240)
        _ = state.update(.runningListed(.success([loaded])), now: start)
        return state
    }

    /// A pull of gemma2:2b under way: the manifest, then 100MB of a 253MB layer in 4 s.
    func pulling() -> AppState {
        var state = pickerOpen()
        state.type("gemma2:2b")
        state.press(.enter)
        _ = state.update(.pulling("gemma2:2b", .progress(PullProgress(status: "pulling manifest"))), now: start)
        var layer = PullProgress(status: "pulling aeda25e63ebd", digest: Self.digest, total: 253_000_000)
        _ = state.update(.pulling("gemma2:2b", .progress(layer)), now: start)
        layer.completed = 100_000_000
        _ = state.update(.pulling("gemma2:2b", .progress(layer)), now: start + .seconds(4))
        return state
    }

    @Test func loadedModelsAreMarkedFirstAndTheFactsAreCutToFit() {
        var state = pickerOpen()
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                " ┌─ Choose a model ───────────────────────────────────────────────────────────┐",
                " │ Filter: type to filter                                                     │",
                " │ gemma3:270m (253MB)                                       268.10M · Q4_K_M │",
                " │ tiny:latest (253MB)  loaded 1.2GB · 100% GPU · unloads in 4 min · 268.10M… │",
                " │                                                                            │",
                " └─ ↑↓ move  Enter choose  Tab details  Del delete  Esc close ────────────────┘",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func detailsAreAskedForThenShownWithTheLicensesFirstLines() {
        var state = pickerOpen()
        state.press(.tab)
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "",
                "                    ┌─ Model tiny:latest ──────────────────┐",
                "                    │ Asking the server…                   │",
                "                    └─ Esc back ───────────────────────────┘",
                "",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
        var details = ModelDetails(capabilities: ["completion", "vision", "tools"], contextLength: 32768)
        details.family = "gemma3"
        details.parameterSize = "268.10M"
        details.parameterCount = 268_098_176
        details.quantization = "Q4_K_M"
        details.license = "Gemma Terms of Use\n\nLast modified: February 21, 2024\n\nBy using, reproducing\nmore\nmore"
        details.modifiedAt = Date(timeIntervalSince1970: 1_764_020_672)
        _ = state.update(.modelShown("tiny:latest", .success(details)))
        expectScreen(
            state.canvas(rows: 18, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "               ┌─ Model tiny:latest ────────────────────────────┐",
                "               │ Family        gemma3                           │",
                "               │ Parameters    268.10M (268098176)              │",
                "               │ Quantization  Q4_K_M                           │",
                "               │ Context       32768 tokens                     │",
                "               │ Can do        chat, images, tools              │",
                "               │ Size          253MB                            │",
                "               │ Modified      2025-11-24 21:44                 │",
                "               │ Loaded        1.2GB · 100% GPU                 │",
                "               │ License       Gemma Terms of Use               │",
                "               │               Last modified: February 21, 2024 │",
                "               │               By using, reproducing            │",
                "               │               more                             │",
                "───────────────└─ Esc back ─────────────────────────────────────┘───────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func detailsTheServerDidNotGiveSaySo() {
        var state = pickerOpen()
        state.press(.up, .tab)
        _ = state.update(.modelShown("gemma3:270m", .failure(.httpStatus(code: 500, message: "boom"))))
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "",
                "                 ┌─ Model gemma3:270m ───────────────────────┐",
                "                 │ ⚠️ The server did not say: HTTP 500: boom │",
                "                 └─ Esc back ────────────────────────────────┘",
                "",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func aNameNotInstalledIsOfferedToPull() {
        var state = pickerOpen()
        state.type("gemma2:2b")
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "                  ┌─ Choose a model ─────────────────────────┐",
                "                  │ Filter: gemma2:2b                        │",
                "                  │                                          │",
                "                  │ no model matches · Enter pulls gemma2:2b │",
                "                  └─ ↑↓ move  Enter choose  Esc close ───────┘",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func aPullShowsItsStepsAndABarPerLayerThenCancelled() {
        var state = pulling()
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "",
                "  ┌─ Pulling gemma2:2b ──────────────────────────────────────────────────────┐",
                "  │ pulling manifest                                                         │",
                "  │ aeda25e63ebd ██████░░░░░░░░░░  39% 100MB/253MB 25MB/s 7s left            │",
                "  └─ Esc cancels ────────────────────────────────────────────────────────────┘",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
        state.press(.escape)
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "  ┌─ Pulling gemma2:2b ──────────────────────────────────────────────────────┐",
                "  │ pulling manifest                                                         │",
                "  │ aeda25e63ebd ██████░░░░░░░░░░  39% 100MB/253MB 25MB/s 7s left            │",
                "  │ ⏹ Pull cancelled                                                         │",
                "  └─ Esc back ───────────────────────────────────────────────────────────────┘",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func anUnreachableRegistryIsTheServersWordsWrapped() {
        var state = pulling()
        let words =
            "pull model manifest: Get \"https://registry.ollama.ai/v2/library/gemma2/manifests/2b\": dial tcp: "
            + "lookup registry.ollama.ai on 198.51.100.53:53: no such host"
        _ = state.update(.pulling("gemma2:2b", .failed(.streamError(message: words))))
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "  ┌─ Pulling gemma2:2b ──────────────────────────────────────────────────────┐",
                "  │ pulling manifest                                                         │",
                "  │ aeda25e63ebd ██████░░░░░░░░░░  39% 100MB/253MB 25MB/s 7s left            │",
                "  │ ⚠️ Pull failed: pull model manifest: Get                                 │",
                "  │ \"https://registry.ollama.ai/v2/library/gemma2/manifests/2b\": dial tcp:   │",
                "  │ lookup registry.ollama.ai on 198.51.100.53:53: no such host              │",
                "  └─ Esc back ───────────────────────────────────────────────────────────────┘",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }

    @Test func deleteAsksNamingTheModelAndItsSize() {
        var state = pickerOpen()
        state.press(.up, .delete)
        expectScreen(
            state.canvas(rows: 12, columns: 80).0,
            [
                " ✅ Connected to tiny:latest. Send a message!",
                "",
                "",
                "",
                "             ┌─ Delete the model? ───────────────────────────────┐",
                "             │ gemma3:270m (253MB) is removed from the server.   │",
                "             │                                                   │",
                "             └─ Enter deletes · Esc keeps ───────────────────────┘",
                "",
                "────────────────────────────────────────────────────────────────────────────────",
                "›",
                " ● ready │ tiny:latest                    F1 help  F2 clear  F3 model  Esc stop",
            ])
    }
}

// Markers for the consultant code editor: Monaco's own squiggles, from the server's diagnostics.
const severities = { Error: 8, Warning: 4, Info: 2, Hidden: 1 };

export function setMarkers(editorId, markers) {
    const editor = window.blazorMonaco.editor.getEditor(editorId, true);
    const model = editor && editor.getModel();
    if (!model) {
        return;
    }

    monaco.editor.setModelMarkers(model, "erpcode", markers.map(m => {
        const line = Math.min(Math.max(1, m.line), model.getLineCount());
        const column = Math.max(1, m.column);
        const word = model.getWordAtPosition({ lineNumber: line, column: column });
        return {
            startLineNumber: line,
            startColumn: word ? word.startColumn : column,
            endLineNumber: line,
            endColumn: word ? word.endColumn : model.getLineMaxColumn(line),
            message: m.message,
            severity: severities[m.severity] || severities.Info
        };
    }));
}

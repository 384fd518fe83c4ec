// ErpCode portal: small browser-side helpers the components call through JS interop.
window.erpcodePortal = {
    // Marks the page as interactive (the server circuit is up); end-to-end tests wait for it.
    ready: function () { document.body.dataset.portalReady = "true"; },
    // Starts a file download of text built on the server (CSV export).
    download: function (fileName, contentType, text) {
        const link = document.createElement("a");
        link.href = URL.createObjectURL(new Blob([text], { type: contentType }));
        link.download = fileName;
        document.body.appendChild(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    }
};

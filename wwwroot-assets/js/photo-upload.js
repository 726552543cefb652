// Packaging photos from the member's phone to the server, one at a time, over plain HTTP (not the
// Blazor circuit, which may be reconnecting). Each photo is decoded in the browser, turned upright
// from its EXIF orientation, shrunk to the long side of the largest rendition the server stores
// (options.maxSide, from ImagePipeline.TargetWidths: anything larger is thrown away there after costing
// the member data) and re-encoded as JPEG: a 3.6 MB phone photo leaves as about a third of a megabyte,
// and the canvas drops EXIF (and so the GPS position of the member's home) before anything is sent. Uploads retry by themselves after a
// network error or a server error, and wait for the connection to come back.
// Loaded as an ES module by PhotoUploader.razor (the CSP allows scripts from this site only).

// Chosen by measurement (bench/member-data.sh --quality): the product page's photo compared by SSIM with
// the same page made from the unshrunk upload; see the README's SSIM table.
const QUALITY = 0.9;
const MAX_TRIES = 6;
const RETRY_SECONDS = [2, 4, 8, 16, 30];
// No upload progress for this long means a dead connection that never errors out: abort and retry.
const STALL_MS = 60000;
// Previews are 56 CSS px: twice that for sharp phone screens.
const THUMB_SIDE = 112;

/**
 * Wires the file input. options: { url, tokenHeader, token, maxSide, maxPhotos, photoCount, locale, text: {…} }.
 * Returns a handle: setPhotoCount(n) when the photo list changes, setUrl(url) when the address changes (the booth
 * banner's carries the booth version), dispose() when the component goes.
 */
export function attach(input, list, dotnet, options) {
    requireSide(options.maxSide);
    const state = { input, list, dotnet, options, photoCount: options.photoCount, queue: [], busy: false, disposed: false };
    const onChange = () => {
        const files = [...input.files];
        input.value = ""; // the same photo can be chosen again later
        enqueue(state, files);
    };
    const onOnline = () => state.wake?.();
    input.addEventListener("change", onChange);
    window.addEventListener("online", onOnline);
    return {
        setPhotoCount(n) { state.photoCount = n; },
        setUrl(url) { state.options.url = url; },
        dispose() {
            state.disposed = true;
            input.removeEventListener("change", onChange);
            window.removeEventListener("online", onOnline);
        },
    };
}

function enqueue(state, files) {
    for (const file of files) {
        const item = createItem(state, file);
        // Photos already saved plus those still on their way: past the limit the server would refuse, so don't spend the data.
        const waiting = state.queue.filter(i => i.state !== "done" && i.state !== "failed").length;
        if (state.photoCount + waiting >= state.options.maxPhotos) {
            finish(item, "failed", state.options.text.limit);
            continue;
        }
        state.queue.push(item);
    }
    pump(state);
}

async function pump(state) {
    if (state.busy) return;
    state.busy = true;
    try {
        let item;
        while (!state.disposed && (item = state.queue.find(i => i.state === "queued"))) {
            await upload(state, item);
        }
    } finally {
        state.busy = false;
    }
}

async function upload(state, item) {
    const text = state.options.text;
    if (!item.blob) {
        setState(item, "preparing", text.preparing);
        await prepare(state, item);
    }

    for (let attempt = 1; !state.disposed; attempt++) {
        while (!navigator.onLine && !state.disposed) {
            setState(item, "waiting", text.offline);
            await sleep(state, 60);
        }

        setState(item, "uploading", text.uploading);
        const result = await send(state, item);
        if (result.status >= 200 && result.status < 300) {
            item.progress.value = 100;
            finish(item, "done", text.done);
            try {
                await state.dotnet.invokeMethodAsync("PhotoUploaded", result.body?.id ?? 0);
            } catch {
                // The circuit is reconnecting or gone: the photo is saved, the list shows it after a reload.
            }
            return;
        }

        const retryable = result.status === 0 || result.status === 408 || result.status === 429 || result.status >= 500;
        if (!retryable || attempt >= MAX_TRIES) {
            // A refusal (400: not a photo, too many photos…) will not change by trying again; a dead connection may.
            finish(item, "failed", retryable ? text.gaveUp : messageOf(result, text), retryable ? () => {
                item.retry.hidden = true;
                setState(item, "queued", text.queued);
                pump(state);
            } : null);
            return;
        }

        const seconds = RETRY_SECONDS[Math.min(attempt - 1, RETRY_SECONDS.length - 1)];
        setState(item, "waiting", text.retryIn.replace("{0}", seconds));
        await sleep(state, seconds);
    }
}

/** Downscaled, upright JPEG without metadata; the original as it is when this browser cannot read it (the server names the problem). */
async function prepare(state, item) {
    const text = state.options.text;
    const shrunk = await shrink(item.file, state.options.maxSide, QUALITY, THUMB_SIDE);
    if (!shrunk?.blob) {
        item.blob = item.file;
        item.name = item.file.name || "foto";
        item.note.textContent = text.sentAsIs;
        return;
    }

    item.blob = shrunk.blob;
    item.name = baseName(item.file.name) + ".jpg";
    // A small data: URL, not a blob: URL (the CSP allows data: images), and no full-size decode for a 56 px preview.
    item.preview.src = shrunk.thumb;
    item.preview.hidden = false;
    item.note.textContent = text.shrunk.replace("{0}", size(state, item.file.size)).replace("{1}", size(state, item.blob.size));
}

/**
 * The photo as it should leave the phone: turned upright from its EXIF orientation, at most maxSide px
 * on the long side, JPEG at QUALITY (or quality, for the benchmark that chooses it) — drawn on a canvas,
 * so no EXIF (no GPS) survives. Null when this browser cannot decode the file (e.g. HEIC on a desktop browser).
 */
export async function shrinkPhoto(file, { maxSide, quality = QUALITY } = {}) {
    requireSide(maxSide);
    return (await shrink(file, maxSide, quality, 0))?.blob ?? null;
}

// The size comes from the server (ImagePipeline.TargetWidths), never a second copy here: without it, refuse loudly.
function requireSide(maxSide) {
    if (!(Number.isInteger(maxSide) && maxSide > 0)) throw new Error("photo-upload.js: maxSide (px) is required");
}

async function shrink(file, maxSide, quality, thumbSide) {
    const source = await decode(file);
    if (!source) return null;
    try {
        const blob = await new Promise(resolve => draw(source, maxSide, canvas => canvas.toBlob(resolve, "image/jpeg", quality)));
        const thumb = thumbSide > 0 ? draw(source, thumbSide, canvas => canvas.toDataURL("image/jpeg", 0.7)) : null;
        return { blob, thumb };
    } finally {
        source.close();
    }
}

/** Draws the upright image at most maxSide px on its long side and hands the canvas to use(). */
function draw(source, maxSide, use) {
    const scale = Math.min(1, maxSide / Math.max(source.width, source.height));
    const canvas = document.createElement("canvas");
    canvas.width = Math.max(1, Math.round(source.width * scale));
    canvas.height = Math.max(1, Math.round(source.height * scale));
    const context = canvas.getContext("2d");
    context.fillStyle = "#fff"; // a transparent PNG becomes white, not black, as JPEG
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.imageSmoothingQuality = "high";
    context.drawImage(source.image, 0, 0, canvas.width, canvas.height);
    return use(canvas);
}

async function decode(file) {
    if (typeof createImageBitmap === "function") {
        try {
            const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
            return { image: bitmap, width: bitmap.width, height: bitmap.height, close: () => bitmap.close() };
        } catch {
            // Not supported for this file or this option: try an <img>, which browsers also turn upright.
        }
    }

    // A data: URL rather than a blob: URL, which the site's CSP (img-src 'self' data:) would block.
    const img = new Image();
    try {
        img.src = await new Promise((resolve, reject) => {
            const reader = new FileReader();
            reader.onload = () => resolve(reader.result);
            reader.onerror = () => reject(reader.error);
            reader.readAsDataURL(file);
        });
        await img.decode();
        return { image: img, width: img.naturalWidth, height: img.naturalHeight, close: () => img.removeAttribute("src") };
    } catch {
        return null;
    }
}

/** One POST; resolves with the status (0 for a network error, an abort or a stall) and the parsed JSON body. */
function send(state, item) {
    const options = state.options;
    return new Promise(resolve => {
        const xhr = new XMLHttpRequest();
        let stall;
        const arm = () => {
            clearTimeout(stall);
            stall = setTimeout(() => xhr.abort(), STALL_MS);
        };
        const end = status => {
            clearTimeout(stall);
            let body = null;
            try {
                body = xhr.responseText ? JSON.parse(xhr.responseText) : null;
            } catch {
                body = null; // e.g. an HTML error page from a proxy
            }
            resolve({ status, body });
        };

        xhr.open("POST", options.url);
        xhr.setRequestHeader(options.tokenHeader, options.token);
        // The same key on every try: a retry after a lost answer returns the photo already saved, not a copy.
        xhr.setRequestHeader("Idempotency-Key", item.key);
        xhr.upload.onprogress = e => {
            arm();
            if (e.lengthComputable) item.progress.value = Math.min(99, Math.round((e.loaded / e.total) * 100));
        };
        xhr.upload.onload = () => setState(item, "processing", options.text.processing);
        xhr.onload = () => end(xhr.status);
        xhr.onerror = xhr.onabort = xhr.ontimeout = () => end(0);

        const form = new FormData();
        form.append("file", item.blob, item.name);
        arm();
        xhr.send(form);
    });
}

function messageOf(result, text) {
    const body = result.body;
    const fileError = body?.errors?.file;
    if (fileError) return Array.isArray(fileError) ? fileError[0] : fileError;
    if (typeof body?.detail === "string" && body.detail) return body.detail;
    switch (result.status) {
        case 401:
        case 403: return text.signedOut;
        case 404: return text.notFound;
        case 413: return text.tooLarge;
        default: return text.failed;
    }
}

function createItem(state, file) {
    const text = state.options.text;
    const li = document.createElement("li");
    li.className = "upload-item";
    const preview = document.createElement("img");
    preview.className = "upload-item__preview";
    preview.alt = "";
    preview.width = 56;
    preview.height = 56;
    preview.hidden = true;
    const body = document.createElement("div");
    body.className = "upload-item__body";
    const name = document.createElement("span");
    name.className = "upload-item__name";
    name.textContent = file.name || "foto";
    const progress = document.createElement("progress");
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute("aria-label", text.progressOf.replace("{0}", name.textContent));
    // role=status announces phase changes (not every percent) to screen readers.
    const status = document.createElement("span");
    status.className = "upload-item__status";
    status.setAttribute("role", "status");
    const note = document.createElement("span");
    note.className = "upload-item__note";
    const retry = document.createElement("button");
    retry.type = "button";
    retry.className = "upload-item__retry";
    retry.textContent = text.retry;
    retry.hidden = true;
    body.append(name, progress, status, note, retry);
    li.append(preview, body);
    state.list.append(li);

    const item = { file, li, preview, progress, status, note, retry, key: newKey(), state: "queued", blob: null, name: null };
    setState(item, "queued", text.queued);
    return item;
}

function setState(item, state, message) {
    item.state = state;
    item.li.dataset.state = state;
    if (item.status.textContent !== message) item.status.textContent = message;
}

function finish(item, state, message, retry) {
    setState(item, state, message);
    if (retry) {
        item.retry.hidden = false;
        item.retry.onclick = retry;
    }
}

/** Waits the given seconds, or less when the connection comes back. */
function sleep(state, seconds) {
    return new Promise(resolve => {
        const done = () => {
            clearTimeout(timer);
            if (state.wake === done) state.wake = null;
            resolve();
        };
        const timer = setTimeout(done, seconds * 1000);
        state.wake = done;
    });
}

function newKey() {
    if (crypto.randomUUID) return crypto.randomUUID();
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return [...bytes].map(b => b.toString(16).padStart(2, "0")).join("");
}

function baseName(name) {
    const dot = (name || "foto").lastIndexOf(".");
    return dot > 0 ? name.slice(0, dot) : name || "foto";
}

function size(state, bytes) {
    const mb = bytes / (1024 * 1024);
    const format = new Intl.NumberFormat(state.options.locale, { maximumFractionDigits: mb < 10 ? 1 : 0 });
    return mb >= 0.1 ? format.format(mb) + " MB" : new Intl.NumberFormat(state.options.locale).format(Math.ceil(bytes / 1024)) + " KB";
}

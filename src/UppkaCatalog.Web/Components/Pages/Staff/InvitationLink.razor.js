// Copies the invitation link. navigator.clipboard needs a secure context (https or localhost);
// an office intranet on plain http falls back to selecting the field and execCommand('copy').
export async function copy(input, text) {
    try {
        if (navigator.clipboard && window.isSecureContext) {
            await navigator.clipboard.writeText(text);
            return true;
        }
    } catch {
        // Permission refused: try the fallback.
    }
    input.focus();
    input.select();
    try {
        return document.execCommand('copy');
    } catch {
        return false;
    }
}

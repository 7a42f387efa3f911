/** Reads a file as UTF-8 text in chunks, reporting the bytes read so far. */
export async function readText(file: Blob, onProgress: (bytesRead: number) => void): Promise<string> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  const parts: string[] = [];
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.byteLength;
    parts.push(decoder.decode(value, { stream: true }));
    onProgress(read);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

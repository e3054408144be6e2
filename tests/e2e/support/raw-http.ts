import http from "node:http";

/**
 * A bare HTTP request: no cookies, no Origin, nothing a browser or Playwright would add. What a
 * mail provider's server sends for RFC 8058 one-click unsubscribe.
 */
export function rawRequest(url: string, { method = "POST", body = "", headers = {} as Record<string, string> } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const request = http.request(
      url,
      {
        method,
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          "content-length": Buffer.byteLength(body),
          ...headers,
        },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: text }));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

import type { MetadataRoute } from "next";

// GET /manifest.webmanifest - app name and icons for "add to home screen"
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Cyber Capacity-Building Portal",
    short_name: "Cyber CB",
    start_url: "/",
    display: "browser",
    background_color: "#ffffff",
    theme_color: "#083b51",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}

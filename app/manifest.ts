import type { MetadataRoute } from "next";

/**
 * What a phone needs to put Evne on its home screen (issue 19, item 7): the name and the icons,
 * drawn from app/icon.svg (the PNGs in public/ are that drawing at 192 and 512 px). The name is
 * the product's, the same in every language.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Evne",
    short_name: "Evne",
    start_url: "/",
    display: "standalone",
    background_color: "#fafaf9",
    theme_color: "#196253",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
    ],
  };
}

import type { MetadataRoute } from "next";
import { siteUrl } from "@/lib/seo/alternates";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/api/", "/*/o/", "/*/dev/"] },
    sitemap: `${siteUrl()}/sitemap.xml`,
  };
}

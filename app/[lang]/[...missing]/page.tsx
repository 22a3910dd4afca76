import { notFound } from "next/navigation";

/** Any path under a language that no route serves: the translated 404. */
export default function MissingPage() {
  notFound();
}

import { NotOnTheMap } from "@/components/site/not-on-the-map";

// A page of the site that calls notFound() (an unknown edition): its layout already draws the
// header and footer. Without this file every page would carry the root 404's copies of them.
export default function SiteNotFound() {
  return <NotOnTheMap />;
}

import type { ReactNode } from "react";
import { QueryProvider } from "@/components/providers/query-provider";

/** React Query only where the client really fetches (class activities, the import editor): the reader has none. */
export default function Layout({ children }: { children: ReactNode }) {
  return <QueryProvider>{children}</QueryProvider>;
}

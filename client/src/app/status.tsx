// The page's one live region: short messages a screen reader announces (what was loaded, what is focused, errors).
import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

const StatusContext = createContext<(message: string) => void>(() => undefined);

export function StatusProvider({ children }: { readonly children: ReactNode }) {
  const [message, setMessage] = useState('');
  const announce = useCallback((text: string) => setMessage(text), []);
  return (
    <StatusContext.Provider value={announce}>
      {children}
      <p id="status" className="status" role="status" aria-live="polite">
        {message}
      </p>
    </StatusContext.Provider>
  );
}

export const useAnnounce = () => useContext(StatusContext);

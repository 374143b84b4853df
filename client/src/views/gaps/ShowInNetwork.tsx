// The way from a matrix cell to the graph: opens the network view focused on one program, measure or actor.
import { useTexts } from '../../app/texts.tsx';

interface Props {
  readonly id: string;
  /** What the button opens, for its accessible name (the visible text is the same for every row). */
  readonly name: string;
  readonly onShow: (id: string) => void;
}

export function ShowInNetwork({ id, name, onShow }: Props) {
  const t = useTexts();
  return (
    <button
      type="button"
      className="show-in-network"
      aria-label={`${t.showInNetwork}: ${name}`}
      onClick={() => onShow(id)}
    >
      {t.showInNetwork}
    </button>
  );
}

import type { BundleProblem } from '../lib/bundle/validate';

/** Why a bundle file was refused: nothing was written. */
export function BundleProblems({ fileName, problems }: { fileName: string; problems: BundleProblem[] }) {
  return (
    <div class="notice error" role="alert" data-testid="import-problems">
      <p>
        <strong>{fileName ? `${fileName} was not imported.` : 'Nothing was done.'}</strong> Your knowledge base is
        unchanged.
      </p>
      <ul>
        {problems.map((problem) => (
          <li>
            {problem.path.startsWith('(') ? null : <code>{problem.path}</code>} {problem.message}
          </li>
        ))}
      </ul>
      {problems.length >= 20 && <p>Only the first 20 problems are listed.</p>}
    </div>
  );
}

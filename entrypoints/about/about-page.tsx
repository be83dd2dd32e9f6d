/**
 * The about page: what Resolute is, its version, and the credits the bundled data requires
 * (the UN Dag Hammarskjöld Library's terms ask for attribution; see docs/adr/0001).
 */
import { t, type MessageKey } from '../../components/extension/i18n';

interface SourceLink {
  href: string;
  label: MessageKey;
}

/** Where the credited data and its terms live, as the catalogue's SOURCES.md names them. */
const SOURCE_LINKS: readonly SourceLink[] = [
  { href: 'https://digitallibrary.un.org/record/4060887', label: 'aboutLinkLibraryData' },
  { href: 'https://digitallibrary.un.org/record/4055387', label: 'aboutLinkLibraryScData' },
  { href: 'https://github.com/lefthand67/un_votes', label: 'aboutLinkCarrier' },
  { href: 'https://digitallibrary.un.org/pages/?ln=en&page=tos', label: 'aboutLinkTerms' },
  { href: 'https://github.com/wannli/mandate-pipeline', label: 'aboutLinkMandatePipeline' },
  { href: 'https://github.com/lszoszk/hrc-voting', label: 'aboutLinkHrcVoting' },
  { href: 'https://polyformproject.org/licenses/noncommercial/1.0.0/', label: 'aboutLinkPolyForm' },
  { href: 'https://doi.org/10.5281/zenodo.7319781', label: 'aboutLinkCrUnsc' },
];

export function AboutPage({ version }: { version: string }) {
  return (
    <article>
      <h1>{t('aboutPageTitle')}</h1>
      <p>{t('extDescription')}</p>
      <p data-testid="version">{t('aboutVersion', version)}</p>
      <section>
        <h2>{t('aboutDataHeading')}</h2>
        <p data-testid="catalogue-credit">{t('aboutCatalogueCredit')}</p>
        <p>{t('aboutCatalogueCopyright')}</p>
        <p>{t('aboutVoetenCredit')}</p>
        <p data-testid="credit-mandate-pipeline">{t('aboutCreditMandatePipeline')}</p>
        <p data-testid="credit-hrc-voting">{t('aboutCreditHrcVoting')}</p>
        <p data-testid="credit-cr-unsc">{t('aboutCreditCrUnsc')}</p>
        <ul>
          {SOURCE_LINKS.map((link) => (
            <li key={link.href}>
              <a href={link.href} target="_blank" rel="noreferrer">
                {t(link.label)}
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

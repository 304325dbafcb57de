import { format } from '../../i18n/format-message';
import { HELP_STEPS, helpImageFile } from '../../help/help-guide';
import { Layout } from '../layout';
import type { ViewContext } from '../view-context';

/**
 * /help (issue 11, point 5): the annex's 14 steps as one guide, each with the screenshots of
 * that step in the reader's language and a text saying what they show, for an agent with nobody
 * to ask. Ends with where to start and whom to ask.
 */
export function HelpPage(props: { ctx: ViewContext }) {
  const { ctx } = props;
  const h = ctx.m.help;
  const parts = Object.keys(h.parts) as (keyof typeof h.parts)[];
  return (
    <Layout ctx={ctx} title={h.title}>
      <h1 id="top">{h.title}</h1>
      <p>{h.intro}</p>
      <nav class="help-toc" aria-labelledby="help-toc-title">
        <h2 id="help-toc-title">{h.tocLabel}</h2>
        <ol>
          {HELP_STEPS.map((step) => (
            <li key={step.number}>
              <a href={`#step-${step.number}`}>{h.steps[step.number - 1]!.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {parts.map((part) => (
        <section key={part} aria-labelledby={`part-${part}`}>
          <h2 id={`part-${part}`}>{h.parts[part]}</h2>
          {HELP_STEPS.filter((step) => step.part === part).map((step) => {
            const texts = h.steps[step.number - 1]!;
            return (
              <section
                key={step.number}
                class="help-step"
                id={`step-${step.number}`}
                data-testid={`step-${step.number}`}
              >
                <h3>{format(h.stepTitle, { n: step.number, title: texts.title })}</h3>
                <p>{texts.text}</p>
                {step.href && texts.link && (
                  <p>
                    <a href={step.href}>{texts.link}</a>
                  </p>
                )}
                {step.images.map((image) => (
                  <p key={image}>
                    <img src={`/help/images/${helpImageFile(image, ctx.locale)}`} alt={h.alt[image]} loading="lazy" />
                  </p>
                ))}
                <p>
                  <a href="#top">{h.backToSteps}</a>
                </p>
              </section>
            );
          })}
        </section>
      ))}
      <h2>{h.nextTitle}</h2>
      <p>
        {ctx.user ? (
          <a href="/account" class="button">
            {h.startSignedIn}
          </a>
        ) : (
          <a href="/login" class="button">
            {h.startSignIn}
          </a>
        )}
      </p>
      <p>
        <a href="/contact">{h.stuck}</a>
      </p>
    </Layout>
  );
}

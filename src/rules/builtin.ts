/**
 * The built-in law as data, bundled into the build: one rule file per milestone, the cited sources, the
 * dated parameters and the regimes. Every file in `rules/milestones/` must be listed here (a test checks
 * it); everything is validated when the first engine is created (`rules/law.ts`).
 */
import actueelOordeel from '../../rules/milestones/actueel-oordeel.json';
import deskundigenoordeel from '../../rules/milestones/deskundigenoordeel.json';
import eerstejaarsevaluatie from '../../rules/milestones/eerstejaarsevaluatie.json';
import eindeLoondoorbetaling from '../../rules/milestones/einde-loondoorbetaling.json';
import eindeOpzegverbod from '../../rules/milestones/einde-opzegverbod.json';
import eindeWachttijd from '../../rules/milestones/einde-wachttijd.json';
import eindevaluatie from '../../rules/milestones/eindevaluatie.json';
import evaluatie from '../../rules/milestones/evaluatie.json';
import hersteldmeldingUwv from '../../rules/milestones/hersteldmelding-uwv.json';
import loonsanctieBeschikking from '../../rules/milestones/loonsanctie-beschikking.json';
import loonsanctieHerstelbeslissing from '../../rules/milestones/loonsanctie-herstelbeslissing.json';
import planVanAanpak from '../../rules/milestones/plan-van-aanpak.json';
import probleemanalyse from '../../rules/milestones/probleemanalyse.json';
import reIntegratieverslag from '../../rules/milestones/re-integratieverslag.json';
import reIntegratieverslagAanvulling from '../../rules/milestones/re-integratieverslag-aanvulling.json';
import spoor2 from '../../rules/milestones/spoor-2.json';
import verkorteWachttijdAanvraag from '../../rules/milestones/verkorte-wachttijd-aanvraag.json';
import wiaAanvraag from '../../rules/milestones/wia-aanvraag.json';
import wiaAanvraagHervatting from '../../rules/milestones/wia-aanvraag-hervatting.json';
import wiaBrief from '../../rules/milestones/wia-brief.json';
import ziekmeldingUwvEindeDienstverband from '../../rules/milestones/ziekmelding-uwv-einde-dienstverband.json';
import ziekmeldingUwvVangnet from '../../rules/milestones/ziekmelding-uwv-vangnet.json';
import ziekmeldingUwv from '../../rules/milestones/ziekmelding-uwv.json';
import parameters from '../../rules/parameters.json';
import regimes from '../../rules/regimes.json';
import sources from '../../rules/sources.json';

// The order is the engine's rule order where no dependency decides it, and so the order of milestones
// due on the same day: the end of the wachttijd before the end of wage payment.
export const BUILTIN_RULE_FILES: ReadonlyArray<{ readonly file: string; readonly data: unknown }> = [
  { file: 'rules/milestones/actueel-oordeel.json', data: actueelOordeel },
  { file: 'rules/milestones/deskundigenoordeel.json', data: deskundigenoordeel },
  { file: 'rules/milestones/eerstejaarsevaluatie.json', data: eerstejaarsevaluatie },
  { file: 'rules/milestones/einde-wachttijd.json', data: eindeWachttijd },
  { file: 'rules/milestones/einde-loondoorbetaling.json', data: eindeLoondoorbetaling },
  { file: 'rules/milestones/einde-opzegverbod.json', data: eindeOpzegverbod },
  { file: 'rules/milestones/eindevaluatie.json', data: eindevaluatie },
  { file: 'rules/milestones/evaluatie.json', data: evaluatie },
  { file: 'rules/milestones/hersteldmelding-uwv.json', data: hersteldmeldingUwv },
  { file: 'rules/milestones/loonsanctie-beschikking.json', data: loonsanctieBeschikking },
  { file: 'rules/milestones/loonsanctie-herstelbeslissing.json', data: loonsanctieHerstelbeslissing },
  { file: 'rules/milestones/plan-van-aanpak.json', data: planVanAanpak },
  { file: 'rules/milestones/probleemanalyse.json', data: probleemanalyse },
  { file: 'rules/milestones/re-integratieverslag.json', data: reIntegratieverslag },
  { file: 'rules/milestones/re-integratieverslag-aanvulling.json', data: reIntegratieverslagAanvulling },
  { file: 'rules/milestones/spoor-2.json', data: spoor2 },
  { file: 'rules/milestones/verkorte-wachttijd-aanvraag.json', data: verkorteWachttijdAanvraag },
  { file: 'rules/milestones/wia-aanvraag.json', data: wiaAanvraag },
  { file: 'rules/milestones/wia-aanvraag-hervatting.json', data: wiaAanvraagHervatting },
  { file: 'rules/milestones/wia-brief.json', data: wiaBrief },
  { file: 'rules/milestones/ziekmelding-uwv-einde-dienstverband.json', data: ziekmeldingUwvEindeDienstverband },
  { file: 'rules/milestones/ziekmelding-uwv-vangnet.json', data: ziekmeldingUwvVangnet },
  { file: 'rules/milestones/ziekmelding-uwv.json', data: ziekmeldingUwv },
];

export const BUILTIN_SOURCES: unknown = sources;
export const BUILTIN_PARAMETERS: unknown = parameters;
export const BUILTIN_REGIMES: unknown = regimes;

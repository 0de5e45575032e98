/**
 * The built-in rule files, bundled into the build. Every file in `rules/` must be listed here (a test
 * checks it); each is validated by the rule schema when the first engine is created.
 */
import actueelOordeel from '../rules/actueel-oordeel.json';
import eerstejaarsevaluatie from '../rules/eerstejaarsevaluatie.json';
import eindeLoondoorbetaling from '../rules/einde-loondoorbetaling.json';
import eindeWachttijd from '../rules/einde-wachttijd.json';
import eindevaluatie from '../rules/eindevaluatie.json';
import evaluatie from '../rules/evaluatie.json';
import loonsanctieBeschikking from '../rules/loonsanctie-beschikking.json';
import planVanAanpak from '../rules/plan-van-aanpak.json';
import probleemanalyse from '../rules/probleemanalyse.json';
import reIntegratieverslag from '../rules/re-integratieverslag.json';
import spoor2 from '../rules/spoor-2.json';
import verkorteWachttijdAanvraag from '../rules/verkorte-wachttijd-aanvraag.json';
import wiaAanvraag from '../rules/wia-aanvraag.json';
import wiaBrief from '../rules/wia-brief.json';
import ziekmeldingUwvEindeDienstverband from '../rules/ziekmelding-uwv-einde-dienstverband.json';
import ziekmeldingUwvVangnet from '../rules/ziekmelding-uwv-vangnet.json';
import ziekmeldingUwv from '../rules/ziekmelding-uwv.json';

export const BUILTIN_RULE_FILES: ReadonlyArray<{ readonly file: string; readonly data: unknown }> = [
  { file: 'rules/actueel-oordeel.json', data: actueelOordeel },
  { file: 'rules/eerstejaarsevaluatie.json', data: eerstejaarsevaluatie },
  { file: 'rules/einde-loondoorbetaling.json', data: eindeLoondoorbetaling },
  { file: 'rules/einde-wachttijd.json', data: eindeWachttijd },
  { file: 'rules/eindevaluatie.json', data: eindevaluatie },
  { file: 'rules/evaluatie.json', data: evaluatie },
  { file: 'rules/loonsanctie-beschikking.json', data: loonsanctieBeschikking },
  { file: 'rules/plan-van-aanpak.json', data: planVanAanpak },
  { file: 'rules/probleemanalyse.json', data: probleemanalyse },
  { file: 'rules/re-integratieverslag.json', data: reIntegratieverslag },
  { file: 'rules/spoor-2.json', data: spoor2 },
  { file: 'rules/verkorte-wachttijd-aanvraag.json', data: verkorteWachttijdAanvraag },
  { file: 'rules/wia-aanvraag.json', data: wiaAanvraag },
  { file: 'rules/wia-brief.json', data: wiaBrief },
  { file: 'rules/ziekmelding-uwv-einde-dienstverband.json', data: ziekmeldingUwvEindeDienstverband },
  { file: 'rules/ziekmelding-uwv-vangnet.json', data: ziekmeldingUwvVangnet },
  { file: 'rules/ziekmelding-uwv.json', data: ziekmeldingUwv },
];

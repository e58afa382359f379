/**
 * Sexual remarks on the reader's body and sexual orders (lexicon/disrespect.ts): always disrespectful
 * on the City's account and in a received comment. Informal « ta / ton / tes » only, so a health notice
 * (« examinez vos seins ») and a cat (« ma chatte ») stay clean. Written for this file.
 */
import { describeReading } from './grammar-helpers.ts';

const remarks = ['Taille de tes seins ?', 'Montre-moi tes seins.', 'Je veux voir ton cul.', 'Suce-moi.', 'T’as de beaux seins.', 'Envoie-moi tes fesses en photo.', 'J’aimerais peloter tes seins.'];
const clean = ['Examinez vos seins chaque mois : le dépistage sauve des vies.', 'Ma chatte a eu des chatons.', 'Je veux voir ta chatte, elle est tellement mignonne.', 'Suce la glace, ça fait du bien.', 'Le dépistage du cancer du sein est gratuit à la clinique.'];

describeReading('sexual remarks and orders', remarks, clean);
